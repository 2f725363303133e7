// Load driver for a running Blueindic API (./build.sh bench starts one over a throwaway PostgreSQL).
// Scenarios: "issue" (default) measures issuing under the ledger lock against reading an invoice and
// recording payments, in the same run; "import" measures the client import end to end against
// appending the same events straight through Marten.
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Blueindic.Bench;

if (args.Length < 2)
{
    Console.Error.WriteLine("usage: Blueindic.Bench <base url> <admin key> [issue [requests=300] [concurrency=16] | import [rows=10000,100000]]");
    return 2;
}
var baseUrl = new Uri(args[0]);
var adminKey = args[1];
var scenario = args.Length > 2 && !char.IsDigit(args[2][0]) ? args[2] : "issue";
var rest = args.Skip(scenario == "issue" && (args.Length <= 2 || char.IsDigit(args[2][0])) ? 2 : 3).ToArray();

using var admin = Client(adminKey);
var tenant = await Post<JsonElement>(admin, "/api/admin/tenants", new { name = "Bench", taxId = "B64717838" });
using var http = Client(tenant.GetProperty("apiKey").GetString()!);

switch (scenario)
{
    case "import":
        await ImportScenario.RunAsync(http, rest.Length > 0 ? rest[0].Split(',').Select(int.Parse).ToArray() : [10_000, 100_000]);
        return 0;
    case "issue":
        break;
    default:
        Console.Error.WriteLine($"unknown scenario {scenario}");
        return 2;
}

var requests = rest.Length > 0 ? int.Parse(rest[0]) : 300;
var concurrency = rest.Length > 1 ? int.Parse(rest[1]) : 16;
var clientId = (await Post<JsonElement>(http, "/api/clients", new { name = "Cliente de carga" })).GetProperty("id").GetGuid();
var invoiceBody = new { clientId, lines = new[] { new { description = "Servicio", quantity = 1, unitPrice = 100, vatRate = 21 } } };

async Task<Guid> Issue() => (await Post<JsonElement>(http, "/api/invoices", invoiceBody)).GetProperty("id").GetGuid();

// Warm-up: code generation, connection pools, JIT.
var warm = new List<Guid>();
for (var i = 0; i < 30; i++) warm.Add(await Issue());
for (var i = 0; i < 30; i++) await http.GetAsync($"/api/invoices/{warm[i]}");

var rows = new List<(string Name, Result Result)>
{
    ("read an invoice, 1 at a time", await Run(requests, 1, _ => Get(http, $"/api/invoices/{warm[0]}"))),
    ("issue, 1 at a time", await Run(requests, 1, async _ => await Issue())),
    ($"issue, {concurrency} at a time (one ledger lock)", await Run(requests, concurrency, async _ => await Issue())),
};
var toPay = new List<Guid>();
for (var i = 0; i < requests; i++) toPay.Add(await Issue());
rows.Add(($"pay distinct invoices, {concurrency} at a time", await Run(requests, concurrency,
    i => Post<JsonElement>(http, $"/api/invoices/{toPay[i]}/payments", new { amount = 1 }))));

var baseline = rows[1].Result;
Console.WriteLine($"{"scenario",-48} {"req/s",8} {"median ms",10} {"p95 ms",8} {"req/s vs issue x1",18}");
foreach (var (name, r) in rows)
    Console.WriteLine($"{name,-48} {r.Throughput,8:0} {r.Median,10:0.0} {r.P95,8:0.0} {r.Throughput / baseline.Throughput,18:0.00}");

var verify = await http.GetFromJsonAsync<JsonElement>("/api/verifactu/verify");
Console.WriteLine($"chain after the run: valid={verify.GetProperty("valid")}, records={verify.GetProperty("records")}");
return 0;

HttpClient Client(string key)
{
    var client = new HttpClient { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(60) };
    client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
    return client;
}

static async Task<T> Post<T>(HttpClient client, string url, object body)
{
    var response = await client.PostAsJsonAsync(url, body);
    if (!response.IsSuccessStatusCode)
        throw new InvalidOperationException($"POST {url} → {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    return (await response.Content.ReadFromJsonAsync<T>())!;
}

static async Task<JsonElement> Get(HttpClient client, string url)
{
    var response = await client.GetAsync(url);
    response.EnsureSuccessStatusCode();
    return await response.Content.ReadFromJsonAsync<JsonElement>();
}

static async Task<Result> Run<T>(int count, int workers, Func<int, Task<T>> call)
{
    var latencies = new double[count];
    var next = -1;
    var clock = Stopwatch.StartNew();
    await Task.WhenAll(Enumerable.Range(0, workers).Select(async _ =>
    {
        int i;
        while ((i = Interlocked.Increment(ref next)) < count)
        {
            var started = Stopwatch.GetTimestamp();
            await call(i);
            latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }
    }));
    var elapsed = clock.Elapsed.TotalSeconds;
    Array.Sort(latencies);
    return new Result(count / elapsed, latencies[count / 2], latencies[(int)(count * 0.95)]);
}

internal sealed record Result(double Throughput, double Median, double P95);
