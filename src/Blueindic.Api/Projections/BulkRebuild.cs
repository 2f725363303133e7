using System.Diagnostics;
using System.Reflection;
using JasperFx.Events;
using JasperFx.Events.Aggregation;
using JasperFx.Events.Daemon;
using JasperFx.Events.Grouping;
using Marten.Internal.Storage;
using Marten.Storage;
using Npgsql;

namespace Blueindic.Api.Projections;

/// <summary>What one projection's rebuild took: its documents, and the seconds to fold and to write them.</summary>
public sealed record RebuiltProjection(string Name, int Documents, double FoldSeconds, double WriteSeconds);

/// <summary>A whole rebuild: up to which event, how many events were read, and each projection's part.</summary>
public sealed record BulkRebuildResult(long HighWaterMark, int Events, double ReadSeconds, double WriteSeconds, double IndexSeconds,
    IReadOnlyList<RebuiltProjection> Projections);

/// <summary>
/// Every projection rebuilt at bulk speed: the events read once, in order; each projection folds them
/// in memory with its own slicer and Create/Apply (Marten's <c>DetermineActionAsync</c>, what its daemon
/// calls); then, in one transaction, the document tables are emptied, their documents copied in (COPY,
/// Marten's own bulk loader, so duplicated columns and metadata are as Marten writes them), their
/// secondary indexes built once after the copy rather than row by row, and every projection's progression
/// set to the last event read, so the async daemon does not replay them (autovacuum analyzes the
/// tables after such a load). The daemon's own rebuild writes
/// one upsert per document; this path is what makes a rebuild run near the speed of reading the events
/// (docs/performance.md). The API nodes must be stopped: events appended meanwhile are not in the rebuild.
/// </summary>
public static class BulkRebuild
{
    public static async Task<BulkRebuildResult> RunAsync(DocumentStore store, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var schema = store.Options.DatabaseSchemaName;
        // No command timeout: a big business's COPY or index may take minutes.
        await using var db = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(store.Storage.Database.CreateConnection().ConnectionString) { CommandTimeout = 0 }.ConnectionString);
        var highWater = await HighWaterMarkAsync(db, schema, ct);

        var events = await ReadEventsAsync(store, highWater, ct);
        var readSeconds = clock.Elapsed.TotalSeconds;

        var plans = store.Options.Projections.All.Select(projection =>
        {
            var (doc, id) = AggregateTypes(projection.GetType())
                ?? throw new InvalidOperationException($"{projection.Name} is not an aggregation: the bulk rebuild folds aggregations only.");
            return (ProjectionPlan)PlanMethod.MakeGenericMethod(doc, id).Invoke(null, [projection, store])!;
        }).ToList();
        // Each projection folds on its own (the thread pool spreads them over the cores) while the
        // connection copies those already folded.
        // As the daemon's rebuild does: each table made or brought up to date as far as AutoCreate allows.
        foreach (var plan in plans) await store.Storage.Database.EnsureStorageExistsAsync(plan.DocumentType, ct);
        await store.Storage.Database.EnsureStorageExistsAsync(typeof(Sql.InvoiceRollups), ct);
        var folds = plans.Select(plan => Task.Run(() => plan.Fold(events, ct), ct)).ToList();

        clock.Restart();
        var written = new List<RebuiltProjection>();
        var indexSeconds = 0.0;
        await using (var conn = await db.OpenConnectionAsync(ct))
        await using (var tx = await conn.BeginTransactionAsync(ct))
        {
            await TuneForBulkLoadAsync(conn, ct);
            var tables = plans.Select(p => p.Table).Distinct().ToList();
            var indexes = new List<string>();
            foreach (var table in tables)
            {
                indexes.AddRange(await DropSecondaryIndexesAsync(conn, schema, table, ct));
                await Execute(conn, $"truncate table {schema}.{table}", ct);
                // Triggers that keep other tables from these rows (the rollups of the read models)
                // would count the copied rows on top of what the truncate left them: they are off
                // for the copy, and RefreshDerivedTablesAsync recomputes their tables.
                await Execute(conn, $"alter table {schema}.{table} disable trigger user", ct);
            }
            // Each projection is copied as soon as its fold is done, whichever finishes first.
            var pending = folds.ToList();
            while (pending.Count > 0)
            {
                var done = await Task.WhenAny(pending);
                pending.Remove(done);
                var folded = await done;
                var one = Stopwatch.StartNew();
                await folded.Write(conn, ct);
                written.Add(new RebuiltProjection(plans[folds.IndexOf(done)].Name, folded.Documents, folded.FoldSeconds, one.Elapsed.TotalSeconds));
            }
            var indexing = Stopwatch.StartNew();
            foreach (var index in indexes) await Execute(conn, index, ct);
            foreach (var table in tables) await Execute(conn, $"alter table {schema}.{table} enable trigger user", ct);
            indexSeconds = indexing.Elapsed.TotalSeconds;
            await SetProgressionAsync(conn, schema, plans.Select(p => p.Name), highWater, ct);
            await RefreshDerivedTablesAsync(conn, store.Options, ct);
            await tx.CommitAsync(ct);
        }
        return new BulkRebuildResult(highWater, events.Count, readSeconds, clock.Elapsed.TotalSeconds, indexSeconds, written);
    }

    /// <summary>
    /// Tables kept from the read models by triggers, not by projections (<see cref="Sql.InvoiceRollups"/>):
    /// the rebuild truncates the read models and copies them with user triggers off, so such tables are
    /// recomputed here from the rebuilt documents, inside the rebuild's transaction, before it commits.
    /// </summary>
    private static Task RefreshDerivedTablesAsync(NpgsqlConnection conn, StoreOptions options, CancellationToken ct) =>
        Execute(conn, Sql.InvoiceRollups.RecomputeSql(options), ct);

    /// <summary>A projection to rebuild: its table, and how to fold the events into its documents.</summary>
    private sealed record ProjectionPlan(string Name, Type DocumentType, string Table, Func<IReadOnlyList<IEvent>, CancellationToken, Task<FoldedProjection>> Fold);

    /// <summary>A projection's documents, ready to copy.</summary>
    private sealed record FoldedProjection(int Documents, double FoldSeconds, Func<NpgsqlConnection, CancellationToken, Task> Write);

    private static readonly MethodInfo PlanMethod = typeof(BulkRebuild).GetMethod(nameof(Plan), BindingFlags.NonPublic | BindingFlags.Static)!;

    private static ProjectionPlan Plan<TDoc, TId>(JasperFxAggregationProjectionBase<TDoc, TId, IDocumentOperations, IQuerySession> projection,
        DocumentStore store) where TDoc : class where TId : notnull
    {
        var provider = (MartenDocumentProvider<TDoc>)store.Storage.Database.Providers.StorageFor<TDoc>();
        return new ProjectionPlan(projection.Name, typeof(TDoc), provider.QueryOnly.TableName.Name, async (events, ct) =>
        {
            await using var session = store.QuerySession();
            return await FoldAsync(projection, provider, events, session, store, ct);
        });
    }

    /// <summary>One projection's documents, by tenant, as its daemon would leave them after every event.</summary>
    private static async Task<FoldedProjection> FoldAsync<TDoc, TId>(
        JasperFxAggregationProjectionBase<TDoc, TId, IDocumentOperations, IQuerySession> projection, MartenDocumentProvider<TDoc> provider,
        IReadOnlyList<IEvent> all, IQuerySession session, DocumentStore store, CancellationToken ct)
        where TDoc : class where TId : notnull
    {
        var clock = Stopwatch.StartNew();
        var types = projection.IncludedEventTypes.ToHashSet();
        var events = all.Where(e => types.Contains(e.EventType)).ToList();
        var database = session.Database;
        var identity = (IIdentitySetter<TDoc, TId>)provider.QueryOnly;
        var streamVersion = projection is JasperFxSingleStreamProjectionBase<TDoc, TId, IDocumentOperations, IQuerySession> ? StreamVersionMember(typeof(TDoc)) : null;
        var groups = await projection.BuildSlicer(session).SliceAsync(events);
        var byTenant = new Dictionary<string, List<TDoc>>();
        foreach (var group in groups.Cast<SliceGroup<TDoc, TId>>())
        {
            await projection.EnrichEventsAsync(group, session, ct);
            foreach (var slice in group.Slices)
            {
                var (document, action) = await projection.DetermineActionAsync(session, default, slice.Id, identity, slice.Events(), ct);
                if (action == ActionType.Delete || document is null) continue;
                identity.SetIdentity(document, slice.Id);
                streamVersion?.SetValue(document, Convert.ChangeType(slice.Events()[^1].Version, streamVersion.PropertyType));
                if (!byTenant.TryGetValue(slice.TenantId, out var documents)) byTenant[slice.TenantId] = documents = [];
                documents.Add(document);
            }
        }
        var fold = clock.Elapsed.TotalSeconds;

        var serializer = store.Options.Serializer();
        return new FoldedProjection(byTenant.Sum(t => t.Value.Count), fold,
            async (conn, token) =>
            {
                foreach (var (tenantId, documents) in byTenant)
                    await provider.BulkLoader.LoadAsync(new Tenant(tenantId, database), serializer, conn, documents, token);
            });
    }

    /// <summary>
    /// A single-stream projection's document carries its stream's version (our views' ETag) in a member
    /// named Version, which Marten's aggregation sets after the fold, and which the bulk loader writes to
    /// mt_version: the fold here does the same.
    /// </summary>
    private static PropertyInfo? StreamVersionMember(Type document) =>
        document.GetProperty("Version") is { CanWrite: true } p && (p.PropertyType == typeof(long) || p.PropertyType == typeof(int)) ? p : null;

    private static (Type Doc, Type Id)? AggregateTypes(Type projection)
    {
        for (var type = projection; type is not null && type != typeof(object); type = type.BaseType)
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(JasperFxAggregationProjectionBase<,,,>))
                return (type.GetGenericArguments()[0], type.GetGenericArguments()[1]);
        return null;
    }

    /// <summary>
    /// Every event up to the mark, in order, through Marten's own query and deserialization (what its
    /// daemon reads), in a few sequence ranges read side by side: deserializing is most of a read's cost,
    /// and this spreads it over the cores.
    /// </summary>
    private static async Task<List<IEvent>> ReadEventsAsync(DocumentStore store, long highWater, CancellationToken ct)
    {
        const int Ranges = 4;
        var step = highWater / Ranges + 1;
        var ranges = await Task.WhenAll(Enumerable.Range(0, Ranges).Select(i => Task.Run(async () =>
        {
            var (from, to) = (i * step, Math.Min(highWater, (i + 1) * step - 1));
            await using var query = store.QuerySession();
            return await query.Events.QueryAllRawEvents().Where(x => x.AnyTenant() && x.Sequence >= from && x.Sequence <= to)
                .OrderBy(x => x.Sequence).ToListAsync(ct);
        }, ct)));
        return ranges.SelectMany(r => r).ToList();
    }

    /// <summary>The last event committed: the rebuild reads up to it and leaves the progression there.</summary>
    private static async Task<long> HighWaterMarkAsync(NpgsqlDataSource db, string schema, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand($"select coalesce(max(seq_id), 0) from {schema}.mt_events");
        return (long)(await cmd.ExecuteScalarAsync(ct))!;
    }

    /// <summary>Drops the table's indexes but its primary key; returns the statements that build them again.</summary>
    private static async Task<List<string>> DropSecondaryIndexesAsync(NpgsqlConnection conn, string schema, string table, CancellationToken ct)
    {
        var definitions = new List<(string Name, string Create)>();
        await using (var cmd = new NpgsqlCommand(
            "select i.relname, pg_get_indexdef(x.indexrelid) from pg_index x join pg_class i on i.oid = x.indexrelid " +
            "join pg_class t on t.oid = x.indrelid join pg_namespace n on n.oid = t.relnamespace " +
            "where n.nspname = $1 and t.relname = $2 and not x.indisprimary", conn))
        {
            cmd.Parameters.Add(new NpgsqlParameter { Value = schema });
            cmd.Parameters.Add(new NpgsqlParameter { Value = table });
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct)) definitions.Add((reader.GetString(0), reader.GetString(1)));
        }
        foreach (var (name, _) in definitions) await Execute(conn, $"drop index {schema}.\"{name}\"", ct);
        return definitions.Select(d => d.Create).ToList();
    }

    /// <summary>
    /// For this transaction only: documents compressed with lz4 where the server has it (pglz, the
    /// default, costs about half of a big document's COPY), and memory to sort each index in one pass.
    /// </summary>
    private static async Task TuneForBulkLoadAsync(NpgsqlConnection conn, CancellationToken ct)
    {
        await Execute(conn, "set local maintenance_work_mem = '256MB'", ct);
        await using var lz4 = new NpgsqlCommand("select 'lz4' = any(enumvals) from pg_settings where name = 'default_toast_compression'", conn);
        if (await lz4.ExecuteScalarAsync(ct) is true) await Execute(conn, "set local default_toast_compression = lz4", ct);
    }

    private static async Task SetProgressionAsync(NpgsqlConnection conn, string schema, IEnumerable<string> projections, long highWater, CancellationToken ct)
    {
        foreach (var name in projections)
        {
            await using var cmd = new NpgsqlCommand(
                $"insert into {schema}.mt_event_progression (name, last_seq_id, last_updated) values ($1, $2, now()) " +
                "on conflict (name) do update set last_seq_id = excluded.last_seq_id, last_updated = excluded.last_updated", conn);
            cmd.Parameters.Add(new NpgsqlParameter { Value = $"{name}:All" });
            cmd.Parameters.Add(new NpgsqlParameter { Value = highWater });
            await cmd.ExecuteNonQueryAsync(ct);
        }
    }

    private static async Task Execute(NpgsqlConnection conn, string sql, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(sql, conn);
        cmd.CommandTimeout = 0;
        await cmd.ExecuteNonQueryAsync(ct);
    }
}
