using Microsoft.Extensions.Options;

namespace Blueindic.Api.Clients.Imports;

/// <summary>Carry out a checked import in the background (files too large to import inside the request).</summary>
public sealed record RunClientImport(Guid ImportId, string TenantId, string Path);

public static class RunClientImportHandler
{
    public const string Queue = "client-imports";

    /// <remarks>
    /// Wolverine cancels a handler's own token after its execution timeout (60 s); a large import may
    /// take longer, so it stops only when the application does. Its own local queue
    /// (<see cref="Queue"/>), so imports waiting for a slot hold up no other message.
    /// </remarks>
    public static async Task Handle(RunClientImport message, IDocumentStore store, IOptions<BlueindicOptions> options, TimeProvider clock,
        ImportSlots slots, ILogger<RunClientImport> logger, IHostApplicationLifetime lifetime)
    {
        var ct = lifetime.ApplicationStopping;
        try
        {
            // Queued, not refused: the caller already has its 202. Imports inside requests take slots too.
            IDisposable slot;
            try { slot = await slots.EnterAsync(message.TenantId, ct); }
            catch (OperationCanceledException)
            {
                await StoppedWaitingAsync(store, message, clock);
                return;
            }
            using (slot)
            {
                var import = await LoadAsync(store, message, ct);
                if (import is not { Status: ImportStatus.Running }) return;
                await ClientImportJob.RunAsync(store, message.TenantId, import, message.Path, null, options.Value.Imports, clock, null, ct);
            }
        }
        catch (Exception e)
        {
            // On the import's record for its owner to see (when the database took it); retrying would not help.
            logger.LogError(e, "Client import {ImportId} failed", message.ImportId);
        }
        finally
        {
            File.Delete(message.Path);
        }
    }

    private static async Task<ClientImport?> LoadAsync(IDocumentStore store, RunClientImport message, CancellationToken ct)
    {
        await using var query = store.QuerySession(message.TenantId);
        return await query.LoadAsync<ClientImport>(message.ImportId, ct);
    }

    /// <summary>The server stopped while the import waited for a slot: its record says so, rather than "running" for ever.</summary>
    private static async Task StoppedWaitingAsync(IDocumentStore store, RunClientImport message, TimeProvider clock)
    {
        if (await LoadAsync(store, message, CancellationToken.None) is not { Status: ImportStatus.Running } import) return;
        import.Fail("The server stopped before the import started: nothing was imported; send the file again.", clock.GetUtcNow());
        await using var session = store.LightweightSession(message.TenantId);
        session.Store(import);
        await session.SaveChangesAsync(CancellationToken.None);
    }
}
