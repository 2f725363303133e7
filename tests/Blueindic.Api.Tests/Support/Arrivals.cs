using System.Collections.Concurrent;

namespace Blueindic.Api.Tests.Support;

/// <summary>
/// Items that arrive from other threads (log entries, posts to a fake collector), and a wait for a
/// condition over them that wakes on each arrival instead of sleeping on a timer.
/// </summary>
public sealed class Arrivals<T>
{
    private readonly ConcurrentQueue<T> _items = new();
    private readonly List<(Func<IReadOnlyCollection<T>, bool> Condition, TaskCompletionSource Met)> _waiters = [];

    public IReadOnlyCollection<T> Items => _items;

    public void Add(T item)
    {
        _items.Enqueue(item);
        lock (_waiters)
            foreach (var waiter in _waiters.Where(w => w.Condition(_items)).ToList())
            {
                waiter.Met.TrySetResult();
                _waiters.Remove(waiter);
            }
    }

    /// <summary>
    /// Returns once <paramref name="condition"/> holds, or after <paramref name="timeout"/> without
    /// failing: the test's own assertions then say what never arrived.
    /// </summary>
    public async Task UntilAsync(Func<IReadOnlyCollection<T>, bool> condition, TimeSpan timeout)
    {
        var met = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_waiters)
        {
            if (condition(_items)) return;
            _waiters.Add((condition, met));
        }
        try { await met.Task.WaitAsync(timeout); }
        catch (TimeoutException) { }
    }
}
