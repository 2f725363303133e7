using System.Diagnostics;
using System.Security.Cryptography;
using Npgsql;

namespace Blueindic.Faults;

/// <summary>
/// What every drill shares: the API build, the throwaway PostgreSQL cluster (which the drills kill
/// and restart) and direct SQL on it, to see what the event store really holds.
/// </summary>
internal sealed class Drill(string root, string apiDll, string pgDir, int pgPort, string logDirectory)
{
    public string ApiDll => apiDll;
    public string LogDirectory => logDirectory;
    public string AdminKey { get; } = $"admin_{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24))}";
    public string ConnectionString => $"Host=127.0.0.1;Port={pgPort};Database=blueindic;Username=postgres;Password=postgres";

    /// <summary>kill -9 of the postmaster and every backend: a crash, not a shutdown.</summary>
    public async Task KillPostgresAsync()
    {
        var postmaster = int.Parse((await File.ReadAllLinesAsync(Path.Combine(pgDir, "postmaster.pid")))[0]);
        // Its backends too: were any left running, the restart would find its shared memory in use.
        // Frozen first, so it forks no new backend between the listing and the kill.
        Signals.Send(postmaster, Signals.Stop);
        var pids = ChildrenOf(postmaster).Append(postmaster).ToList();
        foreach (var pid in pids)
            try { Process.GetProcessById(pid).Kill(); }
            catch (ArgumentException) { } // gone already
        NpgsqlConnection.ClearAllPools();
        // Dead, not only signalled: a restart while they are still exiting fails.
        if (await Clock.UntilAsync(() => pids.All(Dead), TimeSpan.FromSeconds(30)) is null)
            throw new TimeoutException("the killed PostgreSQL processes did not exit within 30 s");
    }

    /// <summary>
    /// Gone for good. A zombie is not enough: the new postmaster would find the old one's pid in
    /// postmaster.pid still answering and refuse to start, until the zombie is reaped.
    /// </summary>
    private static bool Dead(int pid) => !Directory.Exists($"/proc/{pid}");

    /// <summary>Starts the cluster again (crash recovery runs first) with build.sh's own helper.</summary>
    public Task StartPostgresAsync() =>
        RunAsync("bash", ["-c", ". \"$0/scripts/postgres.sh\" && pg_start \"$1\" \"$2\"", root, pgDir, pgPort.ToString()]);

    public async Task<T> QueryAsync<T>(string sql, params object[] parameters)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var p in parameters) command.Parameters.Add(new NpgsqlParameter { Value = p });
        return (T)(await command.ExecuteScalarAsync())!;
    }

    public async Task<List<(string, long)>> RowsAsync(string sql, params object[] parameters)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var p in parameters) command.Parameters.Add(new NpgsqlParameter { Value = p });
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<(string, long)>();
        while (await reader.ReadAsync()) rows.Add((reader.GetString(0), reader.GetInt64(1)));
        return rows;
    }

    /// <summary>
    /// The async daemon's advisory locks, one per async projection, and the node (its connections'
    /// application name) holding each. In HotCold mode a node runs the projections whose locks it
    /// holds; a node that runs no daemon holds none (checked: <c>RunAsyncDaemon=false</c> holds no
    /// advisory lock). Wolverine's own leadership lock is taken on a connection of its own name, left out.
    /// </summary>
    public async Task<List<(string Node, long Lock)>> DaemonLocksAsync() =>
        await RowsAsync("""
            select a.application_name, l.objid::bigint from pg_locks l join pg_stat_activity a on a.pid = l.pid
            where l.locktype = 'advisory' and l.granted and a.application_name not like 'wolverine%'
            """);

    /// <summary>The nodes holding any of the daemon's locks.</summary>
    public async Task<string[]> DaemonHoldersAsync() =>
        (await DaemonLocksAsync()).Select(l => l.Node).Distinct().Order().ToArray();

    /// <summary>How many async projections the API has (monthly sales, revenue per client): one lock each.</summary>
    public const int AsyncProjections = 2;

    /// <summary>The lowest sequence the async projections have reached, and the newest event's.</summary>
    public async Task<(long Reached, long Newest)> DaemonProgressAsync()
    {
        var newest = await QueryAsync<long>("select coalesce(max(seq_id), 0) from blueindic.mt_events");
        var reached = await QueryAsync<long>("select coalesce(min(last_seq_id), 0) from blueindic.mt_event_progression where name like '%:%'");
        return (reached, newest);
    }

    /// <summary>Waits (at most <paramref name="bound"/>) until the async projections have every event; returns how long it took.</summary>
    /// <remarks>
    /// The newest event, not the sequence's last value that Marten's own wait compares with: after a
    /// crash the sequence may stand past the last event (values taken by rolled-back appends), which
    /// the projections never reach.
    /// </remarks>
    public async Task<TimeSpan?> CaughtUpAsync(TimeSpan bound) =>
        await Clock.UntilAsync(async () => await DaemonProgressAsync() is var (reached, newest) && reached >= newest, bound) is { } s
            ? TimeSpan.FromSeconds(s) : null;

    // /proc/<pid>/stat: "pid (name) state ppid …"; the name may hold spaces, so read after its ')'.
    private static IEnumerable<int> ChildrenOf(int parent) =>
        Directory.EnumerateDirectories("/proc")
            .Select(d => int.TryParse(Path.GetFileName(d), out var pid) ? pid : 0)
            .Where(pid => pid > 0 && ParentOf(pid) == parent)
            .ToList();

    private static int ParentOf(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1]);
        }
        catch (IOException) { return 0; }
    }

    private static async Task RunAsync(string file, string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo(file, args) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} → {process.ExitCode}: {await error}");
    }
}
