namespace Blueindic.Api.Settings;

public static class GetAlertSettingsEndpoint
{
    /// <summary>The alert window of the receivables list.</summary>
    [WolverineGet("/api/settings/alerts"), Tags("Settings")]
    [ProducesResponseType<AlertSettings>(StatusCodes.Status200OK)]
    public static async Task<AlertSettings> Get(IQuerySession session, CancellationToken ct) =>
        new(await AlertSettings.WindowDaysAsync(session, ct));
}
