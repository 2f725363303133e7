namespace Blueindic.Api.Hosting;

public static class ApplicationStart
{
    /// <summary>
    /// Waits until the API has started (its schema is in place, Wolverine runs), for the background
    /// services that read the database on their own. False when the host stops first.
    /// </summary>
    public static async Task<bool> WaitAsync(IHostApplicationLifetime lifetime, CancellationToken stop)
    {
        var started = new TaskCompletionSource();
        await using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        await using (stop.Register(() => started.TrySetCanceled()))
        {
            try { await started.Task; return true; } catch (OperationCanceledException) { return false; }
        }
    }
}
