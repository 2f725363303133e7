using System.Diagnostics;
using Blueindic.Api.Projections;
using Blueindic.Domain.Common;
using Marten;
using Npgsql;

namespace Blueindic.Bench;

/// <summary>
/// `rebuild`: every projection rebuilt from the event store twice — by Marten's daemon (one upsert per
/// document: the reference, and the old figure), then by the bulk rebuild (`rebuild-projections`, the
/// operator's command) — against reading the same events raw (one ordered select over the events table
/// through Npgsql). The two results are compared document by document, every column but the write
/// stamp and version: a rebuild that differs from the daemon's stops the run. The events are generated
/// business histories, interleaved in time as real logs are (an invoice's payment weeks after its issue),
/// bulk-copied into a schema of the bench's own (`bench_rebuild`, dropped first), so the running API and
/// its daemon are not disturbed; the store is configured by the API's own MartenSetup.
/// </summary>
internal static class RebuildScenario
{
    private const string Schema = "bench_rebuild";
    private const int EventsPerBusiness = 100_000;

    public static async Task RunAsync(IReadOnlyList<int> sizes)
    {
        Console.WriteLine("\nrebuild: every projection from the event store (target ≥ 20,000 events/s)");
        Console.WriteLine($"{"events",10} {"seeded s",9} {"raw read s",11} {"raw ev/s",10} {"daemon s",9} {"daemon ev/s",12} {"bulk s",8} {"bulk ev/s",10} {"× raw",7}  equal docs");
        foreach (var size in sizes) await RunOnceAsync(size);
    }

    private static async Task RunOnceAsync(int events)
    {
        await using var db = NpgsqlDataSource.Create(Baseline.ConnectionString);
        var readModels = new Api.EventStore.ReadModels();
        await using var store = Baseline.Store(readModels, Schema);
        if (Environment.GetEnvironmentVariable("BENCH_REBUILD_AGAIN") == "1")
        {
            // Iterating on the bulk path: the previous run's events and daemon-built reference, kept.
            await BulkAgainstReferenceAsync(db, store, readModels, events, 0, 0, await RawReadAsync(db), []);
            return;
        }
        await Execute(db, $"drop schema if exists {Schema} cascade");
        await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();

        var clock = Stopwatch.StartNew();
        var today = SpanishTime.Today(DateTimeOffset.UtcNow);
        var seeded = 0;
        for (var business = 0; seeded < events; business++)
        {
            var invoices = BusinessHistory.InvoicesFor(Math.Min(EventsPerBusiness, events - seeded));
            var history = BusinessHistory.Generate($"bench-rebuild-{business}", invoices, Math.Max(1, invoices / 20), today, business);
            var (streams, ordered) = history.InTimeOrder(store.Events);
            await store.BulkInsertEventStreamAsync(history.TenantId, streams, ordered.ToAsyncEnumerable(), 5_000);
            seeded += history.EventCount;
        }
        var seedSeconds = clock.Elapsed.TotalSeconds;
        await Execute(db, $"vacuum analyze {Schema}.mt_events");
        await Execute(db, $"vacuum analyze {Schema}.mt_streams");
        var raw = await RawReadAsync(db);

        clock.Restart();
        var perProjection = new List<string>();
        using (var daemon = await store.BuildProjectionDaemonAsync())
        {
            await Task.WhenAll(readModels.All.Select(async projection =>
            {
                var one = Stopwatch.StartNew();
                await daemon.RebuildProjectionAsync(projection.Name, TimeSpan.FromMinutes(20), CancellationToken.None);
                lock (perProjection) perProjection.Add($"{projection.Name} {one.Elapsed.TotalSeconds:0.0}");
            }));
        }
        var daemonSeconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine($"{events,10:N0} daemon's rebuild {daemonSeconds:0.0} s ({seeded / daemonSeconds:N0} events/s): {string.Join(", ", perProjection)}");
        foreach (var table in await TablesAsync(db)) await Execute(db, $"create table {Schema}.ref_{table} as select * from {Schema}.{table}");
        await BulkAgainstReferenceAsync(db, store, readModels, seeded, seedSeconds, daemonSeconds, raw, perProjection);
    }

    private static async Task BulkAgainstReferenceAsync(NpgsqlDataSource db, DocumentStore store, Api.EventStore.ReadModels readModels, int seeded,
        double seedSeconds, double daemonSeconds, double raw, List<string> perProjection)
    {
        var tables = await TablesAsync(db);
        var clock = Stopwatch.StartNew();
        var bulk = await BulkRebuild.RunAsync(store, CancellationToken.None);
        var bulkSeconds = clock.Elapsed.TotalSeconds;
        if (bulk.Events != seeded) throw new InvalidOperationException($"the bulk rebuild read {bulk.Events} events of {seeded}");
        var documents = 0L;
        foreach (var table in tables) documents += await SameDocumentsAsync(db, table);
        await ProgressionAtAsync(db, bulk.HighWaterMark, readModels.All.Count);

        var rawAfter = await RawReadAsync(db);
        var rawSeconds = Math.Min(raw, rawAfter);
        Console.WriteLine($"{seeded,10:N0} {seedSeconds,9:0.0} {rawSeconds,11:0.00} {seeded / rawSeconds,10:N0} {daemonSeconds,9:0.0} {seeded / daemonSeconds,12:N0} " +
                          $"{bulkSeconds,8:0.0} {seeded / bulkSeconds,10:N0} {rawSeconds / bulkSeconds,7:0.00}  {documents:N0}");
        Console.WriteLine($"{"",10} daemon, per projection, all at once (s): {string.Join(", ", perProjection)}");
        Console.WriteLine($"{"",10} bulk: read + deserialize {bulk.ReadSeconds:0.0} s; fold (s) " +
                          string.Join(", ", bulk.Projections.Select(p => $"{p.Name} {p.FoldSeconds:0.0}")) +
                          $"; write {bulk.WriteSeconds:0.0} s: COPY (s) " +
                          string.Join(", ", bulk.Projections.Select(p => $"{p.Name} {p.Documents:N0} docs {p.WriteSeconds:0.0}")) +
                          $"; indexes built after {bulk.IndexSeconds:0.0} s; the rest (truncate, waits for folds, progression, commit) " +
                          $"{bulk.WriteSeconds - bulk.IndexSeconds - bulk.Projections.Sum(p => p.WriteSeconds):0.0} s");
    }

    /// <summary>Every read model table the projections write (Marten's mt_doc_ tables but the non-projected ones).</summary>
    private static async Task<List<string>> TablesAsync(NpgsqlDataSource db)
    {
        var tables = new List<string>();
        await using var cmd = db.CreateCommand(
            $"select table_name from information_schema.tables where table_schema = '{Schema}' and table_name in " +
            "('mt_doc_clientview', 'mt_doc_invoiceview', 'mt_doc_verifacturecordview', 'mt_doc_invoiceledger', 'mt_doc_verifactusubmission', " +
            "'mt_doc_monthlysales', 'mt_doc_clientrevenue', 'mt_doc_apikeycredential') order by 1");
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync()) tables.Add(reader.GetString(0));
        return tables.Count == 8 ? tables : throw new InvalidOperationException($"expected 8 read model tables, found {string.Join(", ", tables)}");
    }

    /// <summary>
    /// The bulk rebuild's rows equal the daemon's, one by one: the JSON (as jsonb, so key order does not
    /// matter) and every duplicated column; only mt_version (a fresh Guid per write) and
    /// mt_last_modified differ by nature. Returns how many documents were compared.
    /// </summary>
    private static async Task<long> SameDocumentsAsync(NpgsqlDataSource db, string table)
    {
        const string Row = "to_jsonb({0}) - 'mt_version' - 'mt_last_modified'";
        await using var cmd = db.CreateCommand(
            $"select (select count(*) from {Schema}.ref_{table}), (select count(*) from {Schema}.{table}), " +
            $"(select count(*) from {Schema}.ref_{table} r full join {Schema}.{table} b on r.tenant_id = b.tenant_id and r.id = b.id " +
            $"where r.id is null or b.id is null or {string.Format(Row, "r")} <> {string.Format(Row, "b")})");
        cmd.CommandTimeout = 0;
        await using var reader = await cmd.ExecuteReaderAsync();
        await reader.ReadAsync();
        var (daemon, bulk, differing) = (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2));
        if (differing > 0 || daemon != bulk)
            throw new InvalidOperationException($"{table}: the daemon wrote {daemon} documents, the bulk rebuild {bulk}; {differing} differ or lack a twin");
        return bulk;
    }

    /// <summary>The async daemon must find every projection done: each one's progression at the last event.</summary>
    private static async Task ProgressionAtAsync(NpgsqlDataSource db, long highWater, int projections)
    {
        await using var cmd = db.CreateCommand($"select count(*) from {Schema}.mt_event_progression where name like '%:All' and last_seq_id = {highWater}");
        var at = (long)(await cmd.ExecuteScalarAsync())!;
        if (at < projections) throw new InvalidOperationException($"{at} of {projections} projections left at the high-water mark {highWater}");
    }

    /// <summary>Every column of every event, in sequence order, as the daemon reads them.</summary>
    private static async Task<double> RawReadAsync(NpgsqlDataSource db)
    {
        var clock = Stopwatch.StartNew();
        await using var cmd = db.CreateCommand($"select seq_id, id, stream_id, version, data, type, timestamp, tenant_id, mt_dotnet_type, correlation_id, causation_id, user_name from {Schema}.mt_events order by seq_id");
        await using var reader = await cmd.ExecuteReaderAsync();
        var bytes = 0L;
        while (await reader.ReadAsync())
        {
            bytes += reader.GetString(4).Length + reader.GetString(5).Length;
            _ = reader.GetFieldValue<DateTimeOffset>(6);
        }
        return bytes > 0 ? clock.Elapsed.TotalSeconds : throw new InvalidOperationException("no events were read");
    }

    private static async Task Execute(NpgsqlDataSource db, string sql)
    {
        await using var cmd = db.CreateCommand(sql);
        cmd.CommandTimeout = 0;
        await cmd.ExecuteNonQueryAsync();
    }
}
