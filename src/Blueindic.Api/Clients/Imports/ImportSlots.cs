using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Blueindic.Api.Clients.Imports;

/// <summary>
/// How many imports run at once on this node, in all and per business (<see cref="ImportOptions.MaxConcurrent"/>,
/// <see cref="ImportOptions.MaxConcurrentPerBusiness"/>): each costs a file's worth of memory and a
/// core while it reads. A request takes a slot or is refused at once (429); a background import
/// waits for one in its queue.
/// </summary>
public sealed class ImportSlots(IOptions<BlueindicOptions> options)
{
    // At least one of each: 0 would refuse every import for good, and a negative count cannot be a semaphore.
    private readonly SemaphoreSlim _all = new(Math.Max(1, options.Value.Imports.MaxConcurrent));
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _businesses = new();
    private readonly int _perBusiness = Math.Max(1, options.Value.Imports.MaxConcurrentPerBusiness);
    private int _waiting;

    /// <summary>Background imports waiting for a slot.</summary>
    public int Waiting => Volatile.Read(ref _waiting);

    /// <summary>A slot now, or null when the business or the node has none free.</summary>
    public IDisposable? TryEnter(string tenantId)
    {
        var business = Business(tenantId);
        if (!business.Wait(0)) return null;
        if (_all.Wait(0)) return new Slot(business, _all);
        business.Release();
        return null;
    }

    /// <summary>Waits for a slot, the business's first (always in this order, so two waiters cannot hold each other's).</summary>
    public async Task<IDisposable> EnterAsync(string tenantId, CancellationToken ct)
    {
        var business = Business(tenantId);
        Interlocked.Increment(ref _waiting);
        try
        {
            await business.WaitAsync(ct);
            try { await _all.WaitAsync(ct); }
            catch { business.Release(); throw; }
            return new Slot(business, _all);
        }
        finally
        {
            Interlocked.Decrement(ref _waiting);
        }
    }

    // One small semaphore per business that ever imported on this node; never removed, so no race
    // between a release and a removal.
    private SemaphoreSlim Business(string tenantId) => _businesses.GetOrAdd(tenantId, _ => new SemaphoreSlim(_perBusiness));

    private sealed class Slot(SemaphoreSlim business, SemaphoreSlim all) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 1) return;
            all.Release();
            business.Release();
        }
    }
}
