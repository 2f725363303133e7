using Blueindic.Domain.Common;
using Blueindic.Domain.Receivables;

namespace Blueindic.Api.Settings;

public static class ChangeAlertSettingsEndpoint
{
    /// <summary>Set how many days ahead (today included) an open invoice turns orange (1–90).</summary>
    [WolverinePut("/api/settings/alerts"), Tags("Settings")]
    [ProducesResponseType<AlertSettings>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest, Problems.Json)]
    public static async Task<AlertSettings> Put(AlertSettings? input, IDocumentSession session, CancellationToken ct)
    {
        if (input is null) throw new DomainValidationException("body", "A JSON object is required.");
        var id = TenantSettings.StreamIdFor(session.TenantId);
        var settings = await session.Events.FetchForWriting<TenantSettings>(id, ct);
        if (TenantSettings.ChangeAlertWindow(id, settings.Aggregate, input.AlertWindowDays) is { } changed) settings.AppendOne(changed);
        await session.SaveChangesAsync(ct);
        return new AlertSettings(input.AlertWindowDays);
    }
}
