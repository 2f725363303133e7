using Blueindic.Domain.Receivables;

namespace Blueindic.Api.Settings;

/// <param name="AlertWindowDays">How many days ahead (today included) an open invoice turns orange: 1–90, default 7.</param>
public sealed record AlertSettings(int AlertWindowDays)
{
    /// <summary>The tenant's alert window, or the default when never set.</summary>
    internal static async Task<int> WindowDaysAsync(IQuerySession session, CancellationToken ct)
    {
        var settings = await session.Events.AggregateStreamAsync<TenantSettings>(TenantSettings.StreamIdFor(session.TenantId), token: ct);
        return settings?.AlertWindowDays ?? AlertLevels.DefaultWindowDays;
    }
}
