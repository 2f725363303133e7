using System.Diagnostics;

namespace Blueindic.Bench;

/// <summary>
/// `startup`: a second API process over the same database, from process start to its first answered
/// request (an authenticated GET /api/clients), with the handler code pre-generated (Static, what
/// ./build.sh builds) against the same build compiling it at start (Dynamic). Alternating runs.
/// </summary>
internal static class StartupScenario
{
    public static async Task RunAsync(HttpClient admin, Uri baseUrl, int runs)
    {
        var dll = Environment.GetEnvironmentVariable("BENCH_API_DLL") ?? throw new InvalidOperationException("BENCH_API_DLL is not set (./build.sh bench sets it).");
        var tenant = await Tenants.CreateAsync(admin, baseUrl, "Bench startup");
        var key = tenant.Http.DefaultRequestHeaders.Authorization!.Parameter!;
        var samples = new Dictionary<string, List<(double Listening, double FirstAnswer, double Megabytes)>>
        {
            ["Static"] = [], ["Dynamic"] = [], ["Static, no schema check"] = [],
        };
        for (var run = 0; run < runs; run++)
            foreach (var mode in samples.Keys)
                samples[mode].Add(await StartOnceAsync(dll, mode, key, FreePort()));

        Console.WriteLine($"\nstartup: process start to first answer, median of {runs} (target: < 3 s with pre-generated code)");
        Console.WriteLine($"{"handler code",-40} {"listening s",12} {"first answer s",15} {"RSS MB",8}");
        foreach (var (mode, list) in samples)
        {
            double Median(Func<(double, double, double), double> f) => list.Select(f).Order().ElementAt(list.Count / 2);
            var name = mode switch
            {
                "Static" => "pre-generated (Static)",
                "Dynamic" => "compiled at start (Dynamic)",
                _ => "pre-generated, AutoMigrate=false",
            };
            Console.WriteLine($"{name,-40} {Median(x => x.Item1),12:0.00} {Median(x => x.Item2),15:0.00} {Median(x => x.Item3),8:0}");
        }
    }

    private static async Task<(double, double, double)> StartOnceAsync(string dll, string mode, string key, int port)
    {
        var info = new ProcessStartInfo("dotnet", [dll, "--contentRoot", Path.GetDirectoryName(dll)!, "--urls", $"http://127.0.0.1:{port}"])
        {
            RedirectStandardOutput = true, RedirectStandardError = true,
        };
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["Blueindic__AdminKey"] = "startup-bench";
        info.Environment["Blueindic__SeedDemoData"] = "false";
        // The measured API already runs the projections; a second daemon would compete for them.
        info.Environment["Blueindic__RunAsyncDaemon"] = "false";
        // Its chain check would read every chain the other scenarios issued while being timed.
        info.Environment["Blueindic__ChainCheckMinutes"] = "0";
        info.Environment["Blueindic__CodeGeneration"] = mode.Split(',')[0];
        // Without the schema comparison at start (production runs `resources setup` before instead).
        if (mode.Contains("no schema check")) info.Environment["Blueindic__AutoMigrate"] = "false";
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(30) };
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            while (!await AnswersAsync(http, "/health/live", null))
            {
                if (process.HasExited) throw new InvalidOperationException($"the API exited with {process.ExitCode}");
                if (clock.Elapsed > TimeSpan.FromSeconds(60)) throw new TimeoutException("the API did not start in 60 s");
                await Task.Delay(10);
            }
            var listening = clock.Elapsed.TotalSeconds;
            if (!await AnswersAsync(http, "/api/clients", key)) throw new InvalidOperationException("GET /api/clients failed");
            var first = clock.Elapsed.TotalSeconds;
            var rss = File.ReadLines($"/proc/{process.Id}/status").First(l => l.StartsWith("VmRSS:"));
            return (listening, first, double.Parse(rss.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) / 1024);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    // A port nothing listens on: a leftover process answering there would fake a fast start.
    private static int FreePort()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static async Task<bool> AnswersAsync(HttpClient http, string path, string? key)
    {
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            if (key is not null) request.Headers.Authorization = new("Bearer", key);
            using var response = await http.SendAsync(request);
            return response.IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }
}
