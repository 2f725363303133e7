namespace Blueindic.Api.Settings;

public static class GetReminderSettingsEndpoint
{
    /// <summary>The reminder policy: whether payment reminders are emailed, at what hour, and on which days around the due date.</summary>
    [WolverineGet("/api/settings/reminders"), Tags("Settings")]
    [ProducesResponseType<ReminderSettings>(StatusCodes.Status200OK)]
    public static async Task<ReminderSettings> Get(IQuerySession session, HttpResponse response, CancellationToken ct)
    {
        var settings = await ReminderSettings.LoadAsync(session, ct);
        response.SetETag(settings.Version);
        return settings;
    }
}
