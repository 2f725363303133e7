using Blueindic.Domain.Receivables;
using Blueindic.Domain.Reminders;

namespace Blueindic.Api.Settings;

public static class PatchReminderSettingsEndpoint
{
    /// <summary>Change part of the reminder policy: a JSON merge patch (RFC 7396) of its PUT body.</summary>
    /// <remarks>
    /// Send application/merge-patch+json. Only the members sent change: steps, an array, is replaced whole; every
    /// member is required, so null on one is refused. The merged policy is judged as a PUT's; a patch that changes
    /// nothing records nothing. Applies to reminders not yet sent.
    /// </remarks>
    [WolverinePatch("/api/settings/reminders"), Tags("Settings")]
    [MergePatchBody(typeof(ReminderPolicyInput))]
    [ProducesResponseType<ReminderSettings>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest, Problems.Json)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, Problems.Json)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status412PreconditionFailed, Problems.Json)]
    public static async Task<ReminderSettings> Patch(IDocumentSession session, HttpRequest request, HttpResponse response, CancellationToken ct)
    {
        var patch = await MergePatch.ReadAsync(request, ct);
        var id = TenantSettings.StreamIdFor(session.TenantId);
        var stream = await session.Events.FetchForWriting<TenantSettings>(id, ct);
        stream.CheckIfMatch(request);
        var next = ReminderPolicyInput.Validated(patch.ApplyTo(ReminderPolicyInput.Of(stream.Aggregate?.Reminders ?? ReminderPolicy.Default)));
        if (TenantSettings.ChangeReminderPolicy(id, stream.Aggregate, next) is { } changed) stream.AppendOne(changed);
        await session.SaveChangesAsync(ct);

        var settings = await ReminderSettings.LoadAsync(session, ct);
        response.SetETag(settings.Version);
        return settings;
    }
}
