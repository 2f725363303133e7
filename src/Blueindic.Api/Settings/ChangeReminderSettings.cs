using Blueindic.Domain.Receivables;
using Blueindic.Domain.Reminders;

namespace Blueindic.Api.Settings;

public static class ChangeReminderSettingsEndpoint
{
    /// <summary>Replace the reminder policy whole: on or off, the hour (Spain time) and up to 10 steps.</summary>
    /// <remarks>
    /// Each step is sent on due date + daysFromDue: upcoming on or before the due date (−60 to 0), overdue and
    /// formalClaim after it (1 to 365), each day once. Applies to reminders not yet sent. Sending the policy as it
    /// is changes nothing and records nothing.
    /// </remarks>
    [WolverinePut("/api/settings/reminders"), Tags("Settings")]
    [ProducesResponseType<ReminderSettings>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest, Problems.Json)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, Problems.Json)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status412PreconditionFailed, Problems.Json)]
    public static async Task<ReminderSettings> Put(ReminderPolicyInput? input, IDocumentSession session, HttpRequest request,
        HttpResponse response, CancellationToken ct)
    {
        var next = ReminderPolicyInput.Validated(input);
        var id = TenantSettings.StreamIdFor(session.TenantId);
        var stream = await session.Events.FetchForWriting<TenantSettings>(id, ct);
        stream.CheckIfMatch(request);
        if (TenantSettings.ChangeReminderPolicy(id, stream.Aggregate, next) is { } changed) stream.AppendOne(changed);
        await session.SaveChangesAsync(ct);

        var settings = await ReminderSettings.LoadAsync(session, ct);
        response.SetETag(settings.Version);
        return settings;
    }
}
