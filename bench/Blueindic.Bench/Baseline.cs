using Blueindic.Api;
using Marten;
using Npgsql;
using Blueindic.Api.EventStore;

namespace Blueindic.Bench;

/// <summary>The API's own Marten store, in this process: what the commands cost without HTTP, JSON and Wolverine.</summary>
internal static class Baseline
{
    /// <param name="schema">Another schema than the API's, for a store of the bench's own (rebuild).</param>
    /// <param name="connectionString">Another database than the API's (remind: a node of its own).</param>
    public static DocumentStore Store(ReadModels? readModels = null, string? schema = null, string? connectionString = null) => DocumentStore.For(opts =>
    {
        MartenSetup.ConfigureStore(opts, connectionString ?? ConnectionString, new BlueindicOptions { RunAsyncDaemon = false }, readModels ?? new ReadModels());
        if (schema is not null) opts.DatabaseSchemaName = schema;
    });

    /// <summary>
    /// Bulk-seeded tables, vacuumed and analysed as autovacuum would leave them in steady state: fresh
    /// planner statistics, and a visibility map so covering indexes answer without the rows.
    /// </summary>
    public static async Task VacuumAsync(params string[] tables)
    {
        await using var db = NpgsqlDataSource.Create(ConnectionString);
        foreach (var table in tables)
        {
            await using var vacuum = db.CreateCommand($"vacuum analyze {MartenSetup.Schema}.{table}");
            await vacuum.ExecuteNonQueryAsync();
        }
    }

    public static string ConnectionString => Environment.GetEnvironmentVariable("ConnectionStrings__Postgres")
        ?? throw new InvalidOperationException("ConnectionStrings__Postgres is not set (./build.sh bench sets it).");
}
