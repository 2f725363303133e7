using Blueindic.Api.Common;
using Blueindic.Domain.Business;

namespace Blueindic.Api.Settings;

public static class GetBusinessProfileHistoryEndpoint
{
    /// <summary>Every edit of the business profile, its logo and its signing certificate, oldest first, with who made it; empty before the first.</summary>
    [WolverineGet("/api/settings/business/history"), Tags("Settings")]
    [ProducesResponseType<IReadOnlyList<HistoryEntry>>(StatusCodes.Status200OK)]
    public static async Task<IReadOnlyList<HistoryEntry>> Get(IQuerySession session, CancellationToken ct) =>
        (await session.Events.FetchStreamAsync(BusinessSettings.StreamIdFor(session.TenantId), token: ct)).Select(HistoryEntry.From).ToList();
}
