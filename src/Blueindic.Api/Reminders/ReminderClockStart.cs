using Microsoft.Extensions.Options;
using Wolverine;
using Wolverine.Marten;

namespace Blueindic.Api.Reminders;

/// <summary>
/// Arms the reminder clock when it has never run or has stopped, at start and then once a period as a
/// watchdog: the clock document and its first tick are committed together (Wolverine's outbox), and a
/// node that loses the race to another arming at the same moment leaves the winner's chain alone. The
/// scans themselves are Wolverine's scheduled messages; this only looks, one indexed read a period.
/// </summary>
public sealed class ReminderClockStart(IServiceProvider services, IOptions<BlueindicOptions> options, IHostApplicationLifetime lifetime,
    ILogger<ReminderClockStart> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stop)
    {
        var every = TimeSpan.FromSeconds(options.Value.Reminders.ScanSeconds);
        if (every <= TimeSpan.Zero) return;
        if (!await Hosting.ApplicationStart.WaitAsync(lifetime, stop)) return;
        using var watch = new PeriodicTimer(every < TimeSpan.FromSeconds(30) ? TimeSpan.FromSeconds(30) : every);
        do
        {
            try { await ArmIfStoppedAsync(every, stop); }
            catch (Exception e) when (e is JasperFx.ConcurrencyException || Http.ProblemExceptionHandler.IsUniqueViolation(e))
            {
                // Another node armed it at the same moment: its chain runs.
            }
            catch (Exception e) when (!stop.IsCancellationRequested)
            {
                log.LogWarning(e, "Reminder clock not checked; trying again in {Every}", every);
            }
            try { if (!await watch.WaitForNextTickAsync(stop)) return; } catch (OperationCanceledException) { return; }
        } while (true);
    }

    private async Task ArmIfStoppedAsync(TimeSpan every, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<IDocumentStore>();
        await using var session = store.LightweightSession();
        var clock = await session.LoadAsync<ReminderClock>(ReminderClock.Key, ct);
        var now = DateTimeOffset.UtcNow;
        if (clock is not null && !clock.Stopped(now)) return;
        var armed = clock ?? new ReminderClock();
        armed.Arm(now, every);
        if (clock is null) session.Insert(armed); else session.Update(armed);
        var outbox = scope.ServiceProvider.GetRequiredService<IMartenOutbox>();
        outbox.Enroll(session);
        await outbox.ScheduleAsync(new ScanReminders(armed.Tick), armed.NextAt);
        await session.SaveChangesAsync(ct);
        log.LogInformation(clock is null ? "Reminder clock armed: a scan every {Every}" : "Reminder clock had stopped; armed again: a scan every {Every}", every);
    }
}
