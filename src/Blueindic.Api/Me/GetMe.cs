using System.Security.Claims;
using Blueindic.Api.Auth;
using Blueindic.Api.EventStore;
using Blueindic.Api.Settings;
using Blueindic.Domain.Common;

namespace Blueindic.Api.Me;

public static class GetMeEndpoint
{
    /// <summary>The calling key's business, its key id, today in Spain and the alert window (business keys only).</summary>
    [WolverineGet("/api/me"), Tags("Me")]
    [ProducesResponseType<MeResponse>(StatusCodes.Status200OK)]
    public static async Task<MeResponse> Get(ClaimsPrincipal user, IQuerySession session, IDocumentStore store, TimeProvider clock, CancellationToken ct)
    {
        var tenant = await CallingBusiness.LoadAsync(store, session.TenantId, ct);
        return new MeResponse(
            TenantId: tenant.Id,
            Name: tenant.Name,
            TaxId: tenant.TaxId,
            KeyId: Guid.Parse(user.FindFirstValue(BlueindicClaims.KeyId)!),
            Today: SpanishTime.Today(clock.GetUtcNow()),
            AlertWindowDays: await AlertSettings.WindowDaysAsync(session, ct));
    }
}
