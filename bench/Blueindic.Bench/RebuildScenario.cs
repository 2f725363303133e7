using System.Diagnostics;
using Blueindic.Domain.Common;
using Npgsql;
using Blueindic.Api.EventStore;

namespace Blueindic.Bench;

/// <summary>
/// `rebuild`: every projection rebuilt by Marten's daemon from the event store, against reading the
/// same events raw (one ordered select over the events table through Npgsql). The events are
/// generated business histories, bulk-copied into a schema of the bench's own (`bench_rebuild`, dropped
/// first), so the running API and its daemon are not disturbed; the store is configured by the
/// API's own MartenSetup.
/// </summary>
internal static class RebuildScenario
{
    private const string Schema = "bench_rebuild";
    private const int EventsPerBusiness = 100_000;

    public static async Task RunAsync(IReadOnlyList<int> sizes)
    {
        Console.WriteLine("\nrebuild: every projection from the event store (target ≥ 20,000 events/s)");
        Console.WriteLine($"{"events",10} {"seeded s",9} {"raw read s",11} {"raw ev/s",10} {"rebuild s",10} {"rebuild ev/s",13} {"× raw",7}  per projection (s)");
        foreach (var size in sizes) await RunOnceAsync(size);
    }

    private static async Task RunOnceAsync(int events)
    {
        await using var db = NpgsqlDataSource.Create(Baseline.ConnectionString);
        await using (var drop = db.CreateCommand($"drop schema if exists {Schema} cascade")) await drop.ExecuteNonQueryAsync();
        var readModels = new ReadModels();
        await using var store = Baseline.Store(readModels, Schema);
        await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();

        var clock = Stopwatch.StartNew();
        var today = SpanishTime.Today(DateTimeOffset.UtcNow);
        var seeded = 0;
        for (var business = 0; seeded < events; business++)
        {
            var invoices = BusinessHistory.InvoicesFor(Math.Min(EventsPerBusiness, events - seeded));
            var history = BusinessHistory.Generate($"bench-rebuild-{business}", invoices, Math.Max(1, invoices / 20), today, business);
            await store.BulkInsertEventsAsync(history.TenantId, history.Streams(store.Events), 5_000);
            seeded += history.EventCount;
        }
        var seedSeconds = clock.Elapsed.TotalSeconds;

        var raw = await RawReadAsync(db);
        var perProjection = new List<string>();
        clock.Restart();
        using (var daemon = await store.BuildProjectionDaemonAsync())
        {
            await Task.WhenAll(readModels.All.Select(async projection =>
            {
                var one = Stopwatch.StartNew();
                await daemon.RebuildProjectionAsync(projection.Name, TimeSpan.FromMinutes(10), CancellationToken.None);
                lock (perProjection) perProjection.Add($"{projection.Name} {one.Elapsed.TotalSeconds:0.0}");
            }));
        }
        var rebuild = clock.Elapsed.TotalSeconds;
        await CheckAsync(db, seeded);
        var rawAfter = await RawReadAsync(db);
        var rawSeconds = Math.Min(raw, rawAfter);
        Console.WriteLine($"{seeded,10:N0} {seedSeconds,9:0.0} {rawSeconds,11:0.00} {seeded / rawSeconds,10:N0} {rebuild,10:0.0} {seeded / rebuild,13:N0} {rawSeconds / rebuild,7:0.00}  {string.Join(", ", perProjection)}");
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

    /// <summary>The rebuilt read models hold every invoice once: a rebuild that skipped or doubled events is not a figure.</summary>
    private static async Task CheckAsync(NpgsqlDataSource db, int events)
    {
        await using var cmd = db.CreateCommand(
            $"select (select count(*) from {Schema}.mt_doc_invoiceview), (select count(*) from {Schema}.mt_events where type = 'invoice_issued'), " +
            $"(select coalesce(sum((data ->> 'InvoiceCount')::int), 0) from {Schema}.mt_doc_monthlysales)");
        await using var reader = await cmd.ExecuteReaderAsync();
        await reader.ReadAsync();
        var (views, issued, counted) = (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2));
        if (views != issued || counted != issued)
            throw new InvalidOperationException($"rebuild of {events} events: {views} invoice views and {counted} in monthly sales for {issued} invoices");
    }
}
