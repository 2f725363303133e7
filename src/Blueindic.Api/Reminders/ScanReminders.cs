using Blueindic.Api.Settings;
using Blueindic.Api.Sql;
using Blueindic.Domain.Common;
using Blueindic.Domain.Reminders;
using Microsoft.Extensions.Options;
using Wolverine;
using Wolverine.ErrorHandling;
using Wolverine.Runtime.Handlers;

namespace Blueindic.Api.Reminders;

/// <summary>
/// Look for reminders due in every business. <paramref name="Tick"/> names the clock's current tick
/// (<see cref="ReminderClock"/>): that scan schedules the next one. Null: a scan on its own, scheduling nothing.
/// </summary>
public sealed record ScanReminders(Guid? Tick);

public static class ScanRemindersHandler
{
    /// <summary>
    /// A scan that fails (the database away, a timeout) is tried again, then again every minute: a tick
    /// that reached the dead-letter queue would stop the chain until the watchdog re-arms it.
    /// </summary>
    public static void Configure(HandlerChain chain)
    {
        chain.ExecutionTimeoutInSeconds = 600;
        chain.OnAnyException().RetryWithCooldown(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5))
            .Then.ScheduleRetryIndefinitely(TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(1));
    }

    /// <remarks>
    /// Decides nothing for good: it finds each invoice whose latest due step is later than the last one
    /// sent and hands them, by business and in batches, to <see cref="SendReminders"/>, which decides again
    /// on the state at the moment of sending. Its messages, the clock's next tick and this message's
    /// "handled" mark are committed together.
    /// </remarks>
    public static async Task Handle(ScanReminders scan, IDocumentSession session, IMessageBus bus, TimeProvider clock,
        IOptions<BlueindicOptions> options, ILogger<ScanReminders> log, CancellationToken ct)
    {
        ReminderClock? tick = null;
        if (scan.Tick is { } id)
        {
            tick = await session.LoadAsync<ReminderClock>(ReminderClock.Key, ct);
            if (tick?.Tick != id) return;   // a tick of a chain since replaced: the current one scans
        }

        var now = clock.GetUtcNow();
        // No step comes earlier than this many days before the due date.
        var latestDue = SpanishTime.Today(now).AddDays(-ReminderPolicy.MinDaysFromDue);
        var candidates = await OpenInvoicesToRemind.ListAsync(session, latestDue, ct);
        var policies = await ReminderSettings.PoliciesAsync(session, candidates.Select(c => c.TenantId), ct);
        var due = (from c in candidates
                   let policy = policies[c.TenantId]
                   where policy.Enabled
                   let step = ReminderSchedule.DueStep(policy, c.IssueDate, c.DueDate, c.LastReminderStep, now)
                   where step is not null
                   select (c.TenantId, Reminder: new DueReminder(c.Id, step.DaysFromDue))).ToList();
        foreach (var business in due.GroupBy(d => d.TenantId))
            foreach (var batch in business.Select(d => d.Reminder).Chunk(Math.Max(1, options.Value.Reminders.BatchSize)))
                await bus.PublishAsync(new SendReminders(batch), new DeliveryOptions { TenantId = business.Key });
        if (due.Count > 0) log.LogInformation("Reminder scan: {Count} reminders due in {Businesses} businesses", due.Count, due.Select(d => d.TenantId).Distinct().Count());

        if (tick is not null)
        {
            // Wolverine's time, not the business clock: it is Wolverine that delivers the tick.
            tick.Advance(DateTimeOffset.UtcNow);
            session.Store(tick);
            await bus.ScheduleAsync(new ScanReminders(tick.Tick), tick.NextAt);
        }
        await session.SaveChangesAsync(ct);
    }
}
