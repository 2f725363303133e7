namespace Blueindic.Api.Settings;

public static class GetBusinessProfileEndpoint
{
    /// <summary>The business profile printed on invoices: names, address, contact, IBAN, logo and invoicing defaults.</summary>
    [WolverineGet("/api/settings/business"), Tags("Settings")]
    [ProducesResponseType<BusinessProfile>(StatusCodes.Status200OK)]
    public static async Task<BusinessProfile> Get(IQuerySession session, HttpResponse response, CancellationToken ct)
    {
        var profile = await BusinessProfile.LoadAsync(session, ct);
        response.SetETag(profile.Version);
        return profile;
    }
}
