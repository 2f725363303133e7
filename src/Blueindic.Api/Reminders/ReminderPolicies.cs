using Blueindic.Domain.Reminders;

namespace Blueindic.Api.Reminders;

/// <summary>The reminder policy of one business, or of every business a scan meets.</summary>
internal static class ReminderPolicies
{
    public static Task<ReminderPolicy> OfAsync(IQuerySession session, CancellationToken ct) => Task.FromResult(ReminderPolicy.Default);

    public static Task<IReadOnlyDictionary<string, ReminderPolicy>> OfAsync(IQuerySession session, IReadOnlyCollection<string> tenants, CancellationToken ct) =>
        Task.FromResult<IReadOnlyDictionary<string, ReminderPolicy>>(tenants.ToDictionary(t => t, _ => ReminderPolicy.Default));
}
