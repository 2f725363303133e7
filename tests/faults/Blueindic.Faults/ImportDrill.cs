using System.Diagnostics;
using System.IO.Compression;
using System.Net.Http.Headers;
using System.Text;

namespace Blueindic.Faults;

/// <summary>
/// The security probe's hostile import: three businesses upload at once an .xlsx of ~450 KB whose
/// shared-strings table unpacks close to the 200 MB cap (once 4.7 s and +370 MB each, 1.8 GB and a
/// silent /health/live for three). On a fresh node, so its memory is the imports' alone: its resident
/// memory is sampled and /health/live asked without pause while they run.
/// </summary>
internal static class ImportDrill
{
    public const double MaxPeakIncreaseMb = 200;
    public const double MaxLiveMs = 200;

    public static async Task RunAsync(Drill drill, Report report)
    {
        Report.Section("Three hostile imports at once (a shared-strings bomb each)");
        await using var node = await ApiNode.StartAsync(drill, "node-imports");
        var businesses = new List<Business>();
        for (var i = 0; i < 3; i++) businesses.Add(await Business.RegisterAsync(node, drill.AdminKey, $"Importadora {i}"));
        var bomb = SharedStringsBomb(190 * 1024 * 1024);
        Report.Saw($"the file: {bomb.Zipped.Length / 1024} KB zipped, {bomb.Unpacked / (1024 * 1024)} MB of shared strings unpacked");

        // Warm: the import path compiled and its pools made, as on a server that has imported before.
        var warm = await UploadAsync(node, businesses[0], Workbook(0));
        Report.Saw($"warm-up import of a small file: {warm.Status}");

        var before = Memory(node.Pid);
        using var stop = new CancellationTokenSource();
        var peakRss = before.RssKb;
        var sampler = Task.Run(async () =>
        {
            using var every = new PeriodicTimer(TimeSpan.FromMilliseconds(10));
            while (!stop.IsCancellationRequested)
            {
                peakRss = Math.Max(peakRss, Memory(node.Pid).RssKb);
                try { await every.WaitForNextTickAsync(stop.Token); } catch (OperationCanceledException) { }
            }
        });
        var live = new List<double>();
        var prober = Task.Run(async () =>
        {
            using var probe = new HttpClient { BaseAddress = node.Url, Timeout = TimeSpan.FromSeconds(30) };
            while (!stop.IsCancellationRequested)
            {
                var clock = Stopwatch.StartNew();
                try { using var _ = await probe.GetAsync("/health/live"); }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException) { }
                live.Add(clock.Elapsed.TotalMilliseconds);
            }
        });

        var started = Stopwatch.StartNew();
        var answers = await Task.WhenAll(businesses.Select(b => UploadAsync(node, b, bomb.Zipped)));
        var took = started.Elapsed;
        await stop.CancelAsync();
        await Task.WhenAll(sampler, prober);
        var after = Memory(node.Pid);
        // The high-water mark catches a peak between two samples, unless start-up already set it higher.
        var peakKb = after.HwmKb > before.HwmKb ? Math.Max(after.HwmKb, peakRss) : peakRss;
        var increaseMb = (peakKb - before.RssKb) / 1024.0;

        foreach (var (answer, i) in answers.Select((a, i) => (a, i)))
            Report.Saw($"upload {i + 1}: {answer.Status} after {answer.Seconds:0.00} s — {Shorten(answer.Body)}");
        Report.Saw($"all three answered in {took.TotalSeconds:0.00} s; resident memory {before.RssKb / 1024} MB before, peak {peakKb / 1024} MB");
        Report.Saw($"/health/live asked {live.Count} times: median {Median(live):0} ms, max {live.Max():0} ms");
        report.Expect(answers.All(a => a.Status is 400 or 429), "each hostile upload is refused (400, or 429 past the concurrency limit)");
        report.Expect(answers.Count(a => a.Status == 400) >= 1 && answers.Where(a => a.Status == 400).All(a => a.Body.Contains("MaxSharedStrings")),
            "the refusal names the shared-strings limit");
        var clients = 0;
        foreach (var b in businesses) clients += CountData(await b.GetAsync(node, "/api/clients"));
        // Each business has the client it was registered with, and the first the warm-up's.
        report.Expect(clients == 4, $"nothing was imported from the hostile files ({clients - 4} clients)");
        report.Expect(increaseMb < MaxPeakIncreaseMb, $"peak memory increase {increaseMb:0} MB < {MaxPeakIncreaseMb} MB");
        report.Expect(live.Count > 0 && live.Max() < MaxLiveMs, $"/health/live answered within {MaxLiveMs} ms throughout (max {live.DefaultIfEmpty(0).Max():0} ms)");
    }

    private sealed record Answer(int Status, double Seconds, string Body);

    private static async Task<Answer> UploadAsync(ApiNode node, Business business, byte[] file)
    {
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(file), "file", "clientes.xlsx");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/clients/imports") { Content = form };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", business.Key);
        var clock = Stopwatch.StartNew();
        try
        {
            using var response = await node.Http.SendAsync(request);
            return new Answer((int)response.StatusCode, clock.Elapsed.TotalSeconds, await response.Content.ReadAsStringAsync());
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return new Answer(0, clock.Elapsed.TotalSeconds, e.Message);
        }
    }

    private static int CountData(string json) =>
        System.Text.Json.JsonDocument.Parse(json).RootElement.GetProperty("data").GetArrayLength();

    private static string Shorten(string text) => text.Length <= 160 ? text : text[..160] + "…";

    private static double Median(List<double> values) => values.Count == 0 ? 0 : values.Order().ElementAt(values.Count / 2);

    /// <summary>VmRSS and VmHWM of the process, in kB.</summary>
    private static (long RssKb, long HwmKb) Memory(int pid)
    {
        long Field(string[] lines, string name) =>
            long.Parse(lines.First(l => l.StartsWith(name)).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]);
        var status = File.ReadAllLines($"/proc/{pid}/status");
        return (Field(status, "VmRSS:"), Field(status, "VmHWM:"));
    }

    private const string Padding = "<si><t>Cliente hostil</t></si>";

    private static (byte[] Zipped, long Unpacked) SharedStringsBomb(long bytes)
    {
        var count = (int)(bytes / Padding.Length);
        return (Workbook(count), (long)count * Padding.Length);
    }

    /// <summary>A readable workbook: a header "Nombre" and one client, its shared-strings table padded with unused items.</summary>
    private static byte[] Workbook(int paddingItems)
    {
        const string main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        const string rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Part(string name, string xml)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.SmallestSize).Open(), new UTF8Encoding(false));
                writer.Write(xml);
            }
            Part("[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>""");
            Part("_rels/.rels", $"""<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
            Part("xl/workbook.xml", $"""<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{main}" xmlns:r="{rel}"><sheets><sheet name="Clientes" sheetId="1" r:id="rId1"/></sheets></workbook>""");
            Part("xl/_rels/workbook.xml.rels", $"""<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{rel}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="{rel}/sharedStrings" Target="sharedStrings.xml"/></Relationships>""");
            Part("xl/worksheets/sheet1.xml", $"""<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{main}"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2"><c r="A2" t="s"><v>1</v></c></row></sheetData></worksheet>""");
            using var table = new StreamWriter(zip.CreateEntry("xl/sharedStrings.xml", CompressionLevel.SmallestSize).Open(), new UTF8Encoding(false), 1 << 20);
            table.Write($"""<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{main}">""");
            table.Write("<si><t>Nombre</t></si><si><t>Cliente de prueba</t></si>");
            for (var i = 0; i < paddingItems; i++) table.Write(Padding);
            table.Write("</sst>");
        }
        return stream.ToArray();
    }
}
