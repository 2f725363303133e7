using Wolverine;
using Microsoft.Extensions.Options;
using Wolverine.Marten;

namespace Blueindic.Api.Reminders;

/// <summary>
/// At start, arms the reminder clock when it has never run or has stopped: the clock document and the
/// first tick are committed together (Wolverine's outbox), and a node that loses the race to another
/// starting at the same moment leaves the winner's chain alone.
/// </summary>
public sealed class ReminderClockStart(IServiceProvider services, IOptions<BlueindicOptions> options, IHostApplicationLifetime lifetime,
    ILogger<ReminderClockStart> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stop)
    {
        var every = TimeSpan.FromSeconds(options.Value.Reminders.ScanSeconds);
        if (every <= TimeSpan.Zero) return;
        var started = new TaskCompletionSource();
        await using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        await using (stop.Register(() => started.TrySetCanceled()))
        {
            try { await started.Task; } catch (OperationCanceledException) { return; }
        }
        for (var attempt = 1; !stop.IsCancellationRequested; attempt++)
        {
            try
            {
                await ArmAsync(every, stop);
                return;
            }
            catch (Exception e) when (e is JasperFx.ConcurrencyException || Http.ProblemExceptionHandler.IsUniqueViolation(e))
            {
                return;   // another node armed it at the same moment
            }
            catch (Exception e) when (!stop.IsCancellationRequested)
            {
                log.LogWarning(e, "Reminder clock not armed (attempt {Attempt}); trying again in 10 s", attempt);
                try { await Task.Delay(TimeSpan.FromSeconds(10), stop); } catch (OperationCanceledException) { return; }
            }
        }
    }

    private async Task ArmAsync(TimeSpan every, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<IDocumentStore>();
        var outbox = scope.ServiceProvider.GetRequiredService<IMartenOutbox>();
        await using var session = store.LightweightSession();
        var clock = await session.LoadAsync<ReminderClock>(ReminderClock.Key, ct);
        var now = DateTimeOffset.UtcNow;
        if (clock is not null && !clock.Stopped(now, every)) return;
        var armed = clock ?? new ReminderClock();
        armed.Advance(now, TimeSpan.Zero);
        if (clock is null) session.Insert(armed); else session.Update(armed);
        outbox.Enroll(session);
        await outbox.ScheduleAsync(new ScanReminders(armed.Tick), armed.NextAt);
        await session.SaveChangesAsync(ct);
        log.LogInformation("Reminder clock armed: a scan every {Every}", every);
    }
}
