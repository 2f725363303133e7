using System.Diagnostics;
using System.Net.Sockets;

namespace Blueindic.Faults;

/// <summary>One API process on loopback, started from the Release build, its output kept in a log file.</summary>
internal sealed class ApiNode : IAsyncDisposable
{
    private readonly Process _process;
    private bool _disposed;

    public string Name { get; }
    public Uri Url { get; }
    public string LogPath { get; }
    public HttpClient Http { get; }

    private ApiNode(string name, Uri url, Process process, string logPath)
    {
        Name = name;
        Url = url;
        _process = process;
        LogPath = logPath;
        Http = new HttpClient { BaseAddress = url, Timeout = TimeSpan.FromSeconds(60) };
    }

    public bool HasExited => _process.HasExited;
    public int Pid => _process.Id;
    public int ExitCode => _process.ExitCode;

    /// <summary>Starts the node and waits (at most 60 s) until /health/ready answers Healthy.</summary>
    /// <param name="settings">Configuration (environment form) on top of the drills' own.</param>
    public static async Task<ApiNode> StartAsync(Drill drill, string name, IReadOnlyDictionary<string, string>? settings = null)
    {
        var port = FreePort();
        var url = new Uri($"http://127.0.0.1:{port}");
        var info = new ProcessStartInfo("dotnet", [drill.ApiDll, "--contentRoot", Path.GetDirectoryName(drill.ApiDll)!, "--urls", url.ToString()])
        {
            RedirectStandardOutput = true, RedirectStandardError = true,
        };
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        // Each node names its connections, so the database says which one holds the daemon's lock.
        info.Environment["ConnectionStrings__Postgres"] = $"{drill.ConnectionString};Application Name={name}";
        info.Environment["Blueindic__AdminKey"] = drill.AdminKey;
        info.Environment["Blueindic__SeedDemoData"] = "false";
        info.Environment["Blueindic__ChainCheckMinutes"] = "0";
        info.Environment["Blueindic__RateLimit__PermitsPerSecond"] = "0";
        // No reminder clock: its scans would mail (to the pickup directory) what the reminders drill
        // sends through its SMTP server. That drill's nodes arm it.
        info.Environment["Blueindic__Reminders__ScanSeconds"] = "0";
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) info.Environment[key] = value;
        var logPath = Path.Combine(drill.LogDirectory, $"{name}.log");
        var log = new StreamWriter(logPath, append: true) { AutoFlush = true };
        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.WriteLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.WriteLine(e.Data); };
        process.Exited += (_, _) => { lock (log) log.Dispose(); };
        process.EnableRaisingEvents = true;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var node = new ApiNode(name, url, process, logPath);
        var ready = await Clock.UntilAsync(async () =>
            process.HasExited ? throw new InvalidOperationException($"{name} exited with {process.ExitCode}; see {logPath}")
                : await node.ReadyStatusAsync() == 200, TimeSpan.FromSeconds(60));
        return ready is null ? throw new TimeoutException($"{name} was not ready in 60 s; see {logPath}") : node;
    }

    /// <summary>/health/ready's status code, or 0 when nothing answers.</summary>
    public async Task<int> ReadyStatusAsync()
    {
        try
        {
            using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            using var response = await Http.GetAsync("/health/ready", cts.Token);
            return (int)response.StatusCode;
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException)
        {
            return 0;
        }
    }

    /// <summary>kill -9: the process dies mid-request, as in a crash.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    /// <summary>SIGTERM, as an orchestrator stops a container.</summary>
    public void Terminate()
    {
        if (!Signals.Send(_process.Id, Signals.Term)) throw new InvalidOperationException($"kill -TERM {_process.Id} failed");
    }

    /// <summary>SIGTERM and a wait for the exit, when it still runs: Wolverine takes a node stopped so off its node table at once.</summary>
    public async Task StopAsync(TimeSpan bound)
    {
        if (_disposed || _process.HasExited) return;
        Terminate();
        await WaitForExitAsync(bound);
    }

    public async Task<bool> WaitForExitAsync(TimeSpan bound)
    {
        using var cts = new CancellationTokenSource(bound);
        try
        {
            await _process.WaitForExitAsync(cts.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed) return;
        _disposed = true;
        if (!_process.HasExited) await KillAsync();
        Http.Dispose();
        _process.Dispose();
    }

    private static int FreePort()
    {
        var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
