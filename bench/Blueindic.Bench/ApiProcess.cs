using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;

namespace Blueindic.Bench;

/// <summary>
/// An API process of the bench's own (the Release build ./build.sh bench made), on a database and with
/// settings of its own; its output goes to a file named in errors.
/// </summary>
internal sealed class ApiProcess : IAsyncDisposable
{
    private readonly Process process;

    public Uri Url { get; }
    public string LogPath { get; }
    public int Pid => process.Id;

    private ApiProcess(Process process, Uri url, string logPath) => (this.process, Url, LogPath) = (process, url, logPath);

    /// <summary>Starts it and waits (at most 60 s) until /health/ready answers.</summary>
    public static async Task<ApiProcess> StartAsync(string name, IReadOnlyDictionary<string, string> settings)
    {
        var dll = Environment.GetEnvironmentVariable("BENCH_API_DLL") ?? throw new InvalidOperationException("BENCH_API_DLL is not set (./build.sh bench sets it).");
        var url = new Uri($"http://127.0.0.1:{FreePort()}");
        var info = new ProcessStartInfo("dotnet", [dll, "--contentRoot", Path.GetDirectoryName(dll)!, "--urls", url.ToString()])
        {
            RedirectStandardOutput = true, RedirectStandardError = true,
        };
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["Blueindic__SeedDemoData"] = "false";
        foreach (var (key, value) in settings) info.Environment[key] = value;
        var logPath = Path.Combine(Path.GetTempPath(), $"blueindic-bench-{name}-{Guid.NewGuid():N}.log");
        var log = new StreamWriter(logPath) { AutoFlush = true };
        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.WriteLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.WriteLine(e.Data); };
        process.EnableRaisingEvents = true;
        process.Exited += (_, _) => { lock (log) log.Dispose(); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var http = new HttpClient { BaseAddress = url, Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        while (true)
        {
            if (process.HasExited) throw new InvalidOperationException($"{name} exited with {process.ExitCode}; see {logPath}");
            if (clock.Elapsed > TimeSpan.FromSeconds(60)) throw new TimeoutException($"{name} was not ready in 60 s; see {logPath}");
            try
            {
                using var ready = await http.GetAsync("/health/ready");
                if (ready.IsSuccessStatusCode) return new ApiProcess(process, url, logPath);
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException) { }
            await Task.Delay(50);
        }
    }

    /// <summary>SIGTERM, then waits for the exit: Wolverine takes the node off its node table (a killed node would hold its agents a minute).</summary>
    public async Task StopAsync()
    {
        if (process.HasExited) return;
        if (Kill(process.Id, 15) != 0) throw new InvalidOperationException($"kill -TERM {process.Id} failed");
        using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await process.WaitForExitAsync(bound.Token);
    }

    public async ValueTask DisposeAsync()
    {
        try { await StopAsync(); }
        catch (Exception e) when (e is OperationCanceledException or InvalidOperationException) { process.Kill(entireProcessTree: true); }
        process.Dispose();
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
