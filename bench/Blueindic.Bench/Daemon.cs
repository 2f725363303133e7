using Npgsql;

namespace Blueindic.Bench;

/// <summary>The API's async daemon, seen from its progression table.</summary>
internal static class Daemon
{
    private static NpgsqlDataSource Db() => NpgsqlDataSource.Create(Environment.GetEnvironmentVariable("ConnectionStrings__Postgres")!);

    /// <summary>Every async read model's last processed sequence (their shards are named "Projection:All").</summary>
    public static async Task<Dictionary<string, long>> ProgressAsync(NpgsqlDataSource db)
    {
        await using var cmd = db.CreateCommand("select name, last_seq_id from blueindic.mt_event_progression where name like '%:%'");
        await using var reader = await cmd.ExecuteReaderAsync();
        var progress = new Dictionary<string, long>();
        while (await reader.ReadAsync()) progress[reader.GetString(0)] = reader.GetInt64(1);
        return progress;
    }

    /// <summary>Waits (at most a minute) until every async read model has processed the newest event.</summary>
    public static async Task CaughtUpAsync()
    {
        await using var db = Db();
        await using var last = db.CreateCommand("select coalesce(max(seq_id), 0) from blueindic.mt_events");
        var newest = (long)(await last.ExecuteScalarAsync())!;
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while ((await ProgressAsync(db)).Values.Any(p => p < newest) && DateTime.UtcNow < deadline) await Task.Delay(100);
    }
}
