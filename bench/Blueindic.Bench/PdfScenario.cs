using System.Diagnostics;
using System.IO.Compression;
using System.Net.Http.Json;
using System.Text.Json;
using Blueindic.Api.Invoices.Pdf;
using Blueindic.Domain.Common;
using Blueindic.Projections.Invoices;
using Marten;

namespace Blueindic.Bench;

/// <summary>
/// `pdf`: one invoice's PDF (a five-line invoice with recargo and IRPF, issued through the API)
/// against the same invoice's JSON and against the renderer alone in this process; then the ZIP of
/// a year of <c>invoices</c> invoices (seeded as the projections fold them) against the same documents
/// rendered here one after another, with the API's memory.
/// </summary>
internal static class PdfScenario
{
    public static async Task RunAsync(HttpClient admin, Uri baseUrl, int requests, int invoices)
    {
        var tenant = await Tenants.CreateAsync(admin, baseUrl, "Bench pdf");
        var surchargeClient = await Tenants.PostAsync<JsonElement>(tenant.Http, "/api/clients",
            new { name = "Ferretería Bench", taxId = "B12345674", equivalenceSurcharge = true, address = new { line1 = "Calle Mayor 1", city = "Madrid", postalCode = "28001" } });
        var issued = await Tenants.PostAsync<JsonElement>(tenant.Http, "/api/invoices", new
        {
            clientId = surchargeClient.GetProperty("id").GetGuid(), withholdingRate = 15, notes = "Pago por transferencia a 30 días.",
            lines = Enumerable.Range(1, 5).Select(i => new { description = $"Partida {i} del pedido", quantity = i, unitPrice = 12.5m * i, discountPercent = i % 2 * 5, vatRate = i % 2 == 0 ? 10 : 21 }),
        });
        var id = issued.GetProperty("id").GetGuid();

        if (!PdfFonts.Ready()) throw new InvalidOperationException(PdfFonts.Problem);
        await using var store = Baseline.Store();
        InvoiceView view;
        await using (var session = store.QuerySession(tenant.TenantId)) view = (await session.LoadAsync<InvoiceView>(id))!;
        var document = InvoiceDocument.Of(view, null);
        Func<int, int, Task> render = (_, _) => { InvoicePdf.Render(document); return Task.CompletedTask; };

        Console.WriteLine($"\npdf: one invoice of 5 lines with recargo and IRPF, {InvoicePdf.Render(document).Length / 1024.0:0.0} KB (target: median < 30 ms, p99 < 100 ms)");
        foreach (var _ in Enumerable.Range(0, 20)) { await render(0, 0); await tenant.Reads($"/api/invoices/{id}/pdf")(0, 0); await tenant.Reads($"/api/invoices/{id}")(0, 0); }
        Load.PrintHeader("");
        var alone = await Load.RunAsync(requests, 1, render);
        var (json, pdf) = await Load.CompareAsync(3, requests, 1, tenant.Reads($"/api/invoices/{id}"), tenant.Reads($"/api/invoices/{id}/pdf"));
        Load.Print("render in this process (no HTTP, no database)", alone, null);
        Load.Print($"GET /api/invoices/{{id}} (JSON, the baseline)", json, null);
        Load.Print($"GET /api/invoices/{{id}}/pdf", pdf, json);

        // A business of its own: the seeded invoices take their numbers from a ledger of their own.
        await ZipAsync(await Tenants.CreateAsync(admin, baseUrl, "Bench pdf zip"), store, invoices);
    }

    private static async Task ZipAsync(BenchTenant tenant, DocumentStore store, int invoices)
    {
        var today = SpanishTime.Today(DateTimeOffset.UtcNow);
        var history = BusinessHistory.Generate(tenant.TenantId, invoices, Math.Max(1, invoices / 20), today, 53, days: 365);
        var views = history.Invoices.Select(i => InvoiceViewProjection.Create(i.Issued)).ToList();
        await store.BulkInsertAsync(tenant.TenantId, views, Weasel.Core.BulkInsertMode.InsertsOnly, 5_000);
        await Baseline.VacuumAsync("mt_doc_invoiceview");
        var (from, to) = (today.AddDays(-365), today);
        var query = $"?from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}";

        var clock = Stopwatch.StartNew();
        foreach (var v in views) InvoicePdf.Render(InvoiceDocument.Of(v, null));
        var renderSeconds = clock.Elapsed.TotalSeconds;

        var apiPid = Environment.GetEnvironmentVariable("BENCH_API_PID");
        // The high-water mark counts from here: the kernel resets it on writing 5 to clear_refs.
        if (apiPid is not null) await File.WriteAllTextAsync($"/proc/{apiPid}/clear_refs", "5");
        var before = apiPid is null ? double.NaN : Megabytes(apiPid, "VmRSS");
        clock.Restart();
        var zipFile = Path.GetTempFileName();
        long bytes;
        using (var response = await tenant.Http.GetAsync($"/api/invoices/pdf{query}", HttpCompletionOption.ResponseHeadersRead))
        await using (var file = File.Create(zipFile))
        {
            await response.EnsureSuccessStatusCode().Content.CopyToAsync(file);
            bytes = file.Length;
        }
        var zipSeconds = clock.Elapsed.TotalSeconds;
        var peak = apiPid is null ? double.NaN : Megabytes(apiPid, "VmHWM");
        int entries;
        using (var zip = ZipFile.OpenRead(zipFile)) entries = zip.Entries.Count;
        File.Delete(zipFile);
        if (entries != invoices) throw new InvalidOperationException($"pdf: the ZIP holds {entries} PDFs, {invoices} expected");

        Console.WriteLine($"\npdf ZIP: {invoices:N0} one-line invoices over {from:yyyy-MM-dd}..{to:yyyy-MM-dd} (target: < 15 s, API peak < 300 MB)");
        Console.WriteLine($"{"series",-52} {"seconds",8} {"invoices/s",11} {"MB",8} {"× baseline",11}");
        Console.WriteLine($"{"render the same PDFs here, one core (baseline)",-52} {renderSeconds,8:0.00} {invoices / renderSeconds,11:0} {"",8} {"baseline",11}");
        Console.WriteLine($"{"GET /api/invoices/pdf (ZIP)",-52} {zipSeconds,8:0.00} {invoices / zipSeconds,11:0} {bytes / 1048576.0,8:0.0} {zipSeconds / renderSeconds,11:0.00}");
        Console.WriteLine($"API memory: {before:0} MB resident before the ZIP (VmRSS), {peak:0} MB peak during it (VmHWM, reset just before).");
    }

    private static double Megabytes(string pid, string field) =>
        File.ReadLines($"/proc/{pid}/status").Where(l => l.StartsWith(field + ":"))
            .Select(l => double.Parse(l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) / 1024).FirstOrDefault();
}
