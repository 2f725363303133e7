using System.IO.Compression;
using System.Text.Json;
using Blueindic.Api.Tests.Support;

namespace Blueindic.Api.Tests.Invoices.Pdf;

[Collection(ApiCollection.Name)]
public sealed class PdfZipTests(AppFixture app)
{
    [Fact]
    public async Task A_period_downloads_as_a_zip_of_its_invoices_pdfs()
    {
        var tenant = await app.NewTenant();
        var clientId = await tenant.NewClient("Ana");
        await tenant.IssueSimpleInvoice(clientId, issueDate: "2026-01-31");
        var inside = new List<JsonElement>();
        foreach (var day in new[] { "2026-02-01", "2026-02-14", "2026-02-14", "2026-02-28" })
            inside.Add(await tenant.IssueSimpleInvoice(clientId, issueDate: day));
        // A rectificativa issued in the period (today) is in it too.
        var corrective = await tenant.Post($"/api/invoices/{inside[0].GetProperty("id").GetGuid()}/corrections", new { reason = "Duplicada" });
        corrective.Status().ShouldBe(201, corrective.ReadAsText());
        inside.Add(await tenant.IssueSimpleInvoice(clientId, issueDate: "2026-03-01"));
        var other = await app.NewTenant("Otra SL");
        await other.IssueSimpleInvoice(await other.NewClient(), issueDate: "2026-02-10");

        var result = await tenant.Get($"/api/invoices/pdf?from=2026-02-01&to={corrective.Json().GetProperty("issueDate").GetString()}");
        result.Status().ShouldBe(200);
        result.Context.Response.ContentType.ShouldBe("application/zip");
        result.Context.Response.Headers.ContentDisposition.ToString().ShouldStartWith("attachment; filename=\"facturas-2026-02-01-");
        var bytes = await tenant.Download($"/api/invoices/pdf?from=2026-02-01&to={corrective.Json().GetProperty("issueDate").GetString()}");

        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        var expected = inside.Append(corrective.Json()).Select(i => $"{i.GetProperty("number").GetString()}.pdf").ToList();
        zip.Entries.Select(e => e.FullName).ShouldBe(expected, ignoreOrder: false);
        foreach (var entry in zip.Entries)
        {
            using var read = new MemoryStream();
            await using (var stream = entry.Open()) await stream.CopyToAsync(read);
            var pdf = PdfReadBack.Of(read.ToArray());
            pdf.Pages[0].ShouldContain($"Número {Path.GetFileNameWithoutExtension(entry.FullName)}");
        }
        PdfReadBack.Of(Entry(zip, expected[^1])).Title.ShouldBe("Factura rectificativa");

        // The last day counts, the day after does not.
        using var february = new ZipArchive(new MemoryStream(await tenant.Download("/api/invoices/pdf?from=2026-02-01&to=2026-02-14")), ZipArchiveMode.Read);
        february.Entries.Select(e => e.FullName).ShouldBe(expected.Take(3));
    }

    [Fact]
    public async Task A_period_without_invoices_is_an_empty_zip()
    {
        var tenant = await app.NewTenant();
        using var zip = new ZipArchive(new MemoryStream(await tenant.Download("/api/invoices/pdf?from=2020-01-01&to=2020-12-31")), ZipArchiveMode.Read);
        zip.Entries.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("?to=2026-01-31", "from")]
    [InlineData("?from=2026-01-01", "to")]
    [InlineData("?from=2026-02-01&to=2026-01-31", "from")]
    [InlineData("?from=2025-01-01&to=2026-01-02", "to")]   // 367 days in all
    [InlineData("?from=2026-13-01&to=2026-12-31", "from")]
    public async Task A_wrong_period_is_a_400_problem(string query, string field)
    {
        var tenant = await app.NewTenant();
        var result = await tenant.Get($"/api/invoices/pdf{query}");
        result.Status().ShouldBe(400);
        result.ErrorFields().ShouldContain(field);
    }

    [Fact]
    public async Task A_whole_leap_year_is_one_zip()
    {
        var tenant = await app.NewTenant();
        (await tenant.Get("/api/invoices/pdf?from=2028-01-01&to=2028-12-31")).Status().ShouldBe(200);
    }

    private static byte[] Entry(ZipArchive zip, string name)
    {
        using var read = new MemoryStream();
        using (var stream = zip.GetEntry(name)!.Open()) stream.CopyTo(read);
        return read.ToArray();
    }
}
