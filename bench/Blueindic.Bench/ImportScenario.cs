using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Blueindic.Domain.Clients;
using MiniExcelLibs;

namespace Blueindic.Bench;

/// <summary>
/// A generated client list imported end to end (upload, check, background import, polling until
/// done) against its baseline: the same ClientRegistered events appended straight through Marten
/// in batches of the same size, on the API's own store configuration, as a tenant of its own.
/// </summary>
internal static class ImportScenario
{
    private const int BatchSize = 1_000;
    private static readonly string[] Cities = ["Madrid", "Barcelona", "Valencia", "Sevilla", "Zaragoza", "Logroño", "Bilbao", "Málaga"];

    public static async Task<HttpClient> TenantAsync(HttpClient admin, Uri baseUrl) =>
        (await Tenants.CreateAsync(admin, baseUrl, "Bench import")).Http;

    public static async Task RunAsync(HttpClient http, int[] sizes)
    {
        var apiPid = Environment.GetEnvironmentVariable("BENCH_API_PID");
        Console.WriteLine($"{"client import",-34} {"rows",8} {"seconds",8} {"rows/s",8} {"baseline s",11} {"× baseline",11} {"API MB before",14} {"API peak MB",12}");
        // Warm-up: one background import first, so the first measured one does not pay for JIT and
        // for Wolverine compiling the import handler (Dynamic codegen compiles it on first use).
        var warmUp = Path.GetTempFileName();
        await MiniExcel.SaveAsAsync(warmUp, Rows(80_000_000, 2_500), overwriteFile: true, excelType: ExcelType.XLSX);
        await ImportAsync(http, warmUp, 2_500);
        File.Delete(warmUp);
        await BaselineAsync(85_000_000, 2_500);

        var offset = 0;
        foreach (var rows in sizes)
        {
            var file = Path.GetTempFileName();
            await MiniExcel.SaveAsAsync(file, Rows(offset, rows), overwriteFile: true, excelType: ExcelType.XLSX);
            var before = apiPid is null ? "n/a" : $"{Megabytes(apiPid, "VmRSS"):0}";
            var seconds = await ImportAsync(http, file, rows);
            var peak = apiPid is null ? "n/a" : $"{Megabytes(apiPid, "VmHWM"):0}";
            var baseline = await BaselineAsync(offset + 5_000_000, rows);
            Console.WriteLine($"{"xlsx through the API",-34} {rows,8} {seconds,8:0.00} {rows / seconds,8:0} {baseline,11:0.00} {seconds / baseline,11:0.00} {before,14} {peak,12}");
            File.Delete(file);
            offset += rows;
        }
        Console.WriteLine("before = the API process's resident memory (VmRSS) just before the upload; peak = its high-water mark (VmHWM) after the import.");
    }

    private static async Task<double> ImportAsync(HttpClient http, string path, int rows)
    {
        var clock = Stopwatch.StartNew();
        using var form = new MultipartFormDataContent();
        form.Add(new StreamContent(File.OpenRead(path)), "file", "clientes.xlsx");
        var response = await http.PostAsync("/api/clients/imports", form);
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"import → {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        var import = await response.Content.ReadFromJsonAsync<JsonElement>();
        while (import.GetProperty("status").GetString() == "running")
        {
            await Task.Delay(50);
            import = await http.GetFromJsonAsync<JsonElement>($"/api/clients/imports/{import.GetProperty("id").GetGuid()}");
        }
        var seconds = clock.Elapsed.TotalSeconds;
        if (import.GetProperty("status").GetString() != "completed" || import.GetProperty("created").GetInt32() != rows)
            throw new InvalidOperationException($"import did not create {rows} clients: {import}");
        return seconds;
    }

    private static async Task<double> BaselineAsync(int offset, int rows)
    {
        // The API's own store configuration (same inline client view, same indexes), a tenant of its own.
        await using var store = Baseline.Store();
        var details = Rows(offset, rows).Select(Details).ToList();
        var clock = Stopwatch.StartNew();
        foreach (var chunk in details.Chunk(BatchSize))
        {
            await using var session = store.LightweightSession("bench-import-baseline");
            foreach (var d in chunk)
            {
                var id = Guid.CreateVersion7();
                session.Events.StartStream<Client>(id, ClientRegistered.Of(id, d, DateTimeOffset.UtcNow));
            }
            await session.SaveChangesAsync();
        }
        return clock.Elapsed.TotalSeconds;
    }

    private static ClientDetails Details(Dictionary<string, object> row) => new(
        (string)row["Nombre"], null, (string)row["NIF"], (string)row["Email"], (string)row["Teléfono"],
        new Address((string)row["Dirección"], (string)row["Población"], (string)row["Código postal"], null, "ES"), (int)row["Días de pago"], false, null);

    /// <summary>Rows with valid, distinct DNIs, as a business's client sheet would have.</summary>
    private static IEnumerable<Dictionary<string, object>> Rows(int offset, int count)
    {
        for (var i = offset; i < offset + count; i++)
        {
            var number = 10_000_000 + i;
            yield return new Dictionary<string, object>
            {
                ["Nombre"] = $"Cliente {i:000000}",
                ["NIF"] = $"{number}{"TRWAGMYFPDXBNJZSQVHLCKE"[number % 23]}",
                ["Email"] = $"cliente{i}@ejemplo.es",
                ["Teléfono"] = $"6{i % 100_000_000:00000000}",
                ["Dirección"] = $"Calle Mayor {i % 200 + 1}",
                ["Población"] = Cities[i % Cities.Length],
                ["Código postal"] = $"{28001 + i % 50:00000}",
                ["Días de pago"] = 30 + i % 3 * 15,
            };
        }
    }

    private static double Megabytes(string pid, string field) =>
        File.ReadLines($"/proc/{pid}/status").Where(l => l.StartsWith(field + ":"))
            .Select(l => double.Parse(l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) / 1024).FirstOrDefault();
}
