using Blueindic.Domain.Receivables;

namespace Blueindic.Api.Settings;

public static class PatchAlertSettingsEndpoint
{
    /// <summary>Change the alert settings: a JSON merge patch (RFC 7396) of their PUT body.</summary>
    /// <remarks>Send application/merge-patch+json. The window is required, so null on it is refused; {} changes nothing.</remarks>
    [WolverinePatch("/api/settings/alerts"), Tags("Settings")]
    [MergePatchBody(typeof(AlertSettings))]
    [ProducesResponseType<AlertSettings>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest, Problems.Json)]
    public static async Task<AlertSettings> Patch(IDocumentSession session, HttpRequest request, CancellationToken ct)
    {
        var patch = await MergePatch.ReadAsync(request, ct);
        var id = TenantSettings.StreamIdFor(session.TenantId);
        var settings = await session.Events.FetchForWriting<TenantSettings>(id, ct);
        var input = patch.ApplyTo(new AlertSettings(settings.Aggregate?.AlertWindowDays ?? AlertLevels.DefaultWindowDays));
        if (TenantSettings.ChangeAlertWindow(id, settings.Aggregate, input.AlertWindowDays) is { } changed) settings.AppendOne(changed);
        await session.SaveChangesAsync(ct);
        return new AlertSettings(input.AlertWindowDays);
    }
}
