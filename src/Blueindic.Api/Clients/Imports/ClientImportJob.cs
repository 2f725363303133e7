using Blueindic.Api.Common.Sheets;
using Blueindic.Domain.Clients;
using Blueindic.Domain.Clients.Imports;
using Blueindic.Projections.Clients;

namespace Blueindic.Api.Clients.Imports;

/// <summary>
/// Carries out an import whose file has been checked: reads it row by row, lets the planner decide
/// each row, and commits every batch of rows — their events and the import's progress — in one
/// transaction, so the record always says exactly which rows are in.
/// </summary>
internal static class ClientImportJob
{
    /// <param name="path">The uploaded file, deleted at the end.</param>
    /// <param name="kept">The file's rows as the checking pass kept them; null: read the file again.</param>
    /// <param name="inFirstCommit">Joins the first batch's transaction (the request's idempotency mark).</param>
    public static async Task RunAsync(IDocumentStore store, string tenantId, ClientImport import, string path, IReadOnlyList<SheetRow>? kept,
        ImportOptions limits, TimeProvider clock, Action<IDocumentSession>? inFirstCommit, CancellationToken ct)
    {
        void FirstCommit(IDocumentSession session)
        {
            inFirstCommit?.Invoke(session);
            inFirstCommit = null;
        }

        var rollback = import.Checkpoint();
        try
        {
            var existing = await ExistingClientsAsync(store, tenantId, ct);
            // Read again, the file starts at the header the check found: the title rows above it are not data.
            using var rows = (kept ?? SpreadsheetReader.Rows(path, import.Format, limits).SkipWhile(r => r.Number < import.HeaderRow)).GetEnumerator();
            if (!rows.MoveNext()) throw new SpreadsheetRefusedException("The file has no header row.");
            var planner = new ClientImportPlanner(existing, ClientSheetHeader.Read(rows.Current.Cells), import.Mode, clock.GetUtcNow(),
                await DefaultPaymentTermsDaysAsync(store, tenantId, ct));

            var batch = new List<RowDecision>(limits.BatchSize);
            while (rows.MoveNext())
            {
                var decision = planner.Decide(rows.Current.Number, rows.Current.Cells);
                import.Count(decision);
                if (decision.Event is not null) batch.Add(decision);
                if (import.ProcessedRows % limits.BatchSize != 0) continue;
                await CommitAsync(store, tenantId, import, batch, FirstCommit, ct);
                rollback = import.Checkpoint();
                batch.Clear();
            }
            import.Finish(clock.GetUtcNow());
            await CommitAsync(store, tenantId, import, batch, FirstCommit, ct);
        }
        catch (Exception e)
        {
            rollback();
            var stopped = e is OperationCanceledException ? "the server stopped" : e.Message;
            import.Fail($"The import stopped after {import.ProcessedRows} of {import.TotalRows} rows: {stopped}. "
                        + "The rows before were imported; sending the file again leaves them unchanged.", clock.GetUtcNow());
            try
            {
                await CommitAsync(store, tenantId, import, [], FirstCommit, CancellationToken.None);
            }
            catch (Exception)
            {
                // The database that failed the batch may refuse this too; the original error matters more.
            }
            throw;
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static async Task<int> DefaultPaymentTermsDaysAsync(IDocumentStore store, string tenantId, CancellationToken ct)
    {
        await using var session = store.QuerySession(tenantId);
        return await Settings.BusinessProfile.DefaultPaymentTermsDaysAsync(session, ct);
    }

    private static async Task<List<Client>> ExistingClientsAsync(IDocumentStore store, string tenantId, CancellationToken ct)
    {
        await using var session = store.QuerySession(tenantId);
        var views = await session.Query<ClientView>().ToListAsync(ct);
        return views.Select(v => v.ToClient()).ToList();
    }

    private static async Task CommitAsync(IDocumentStore store, string tenantId, ClientImport import, List<RowDecision> batch,
        Action<IDocumentSession> join, CancellationToken ct)
    {
        await using var session = store.LightweightSession(tenantId);
        join(session);
        session.LastModifiedBy = import.StartedBy;
        session.CorrelationId = import.CorrelationId;
        session.CausationId = import.CausationId;
        if (!import.DryRun)
            foreach (var row in batch)
                if (row.Outcome == RowOutcome.Created) session.Events.StartStream<Client>(row.ClientId, row.Event!);
                else session.Events.Append(row.ClientId, row.Event!);
        session.Store(import);
        await session.SaveChangesAsync(ct);
    }
}
