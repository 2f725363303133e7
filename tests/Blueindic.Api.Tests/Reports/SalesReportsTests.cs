using System.Text.Json;
using System.Xml.Linq;
using Blueindic.Api.Tests.Support;
using Marten.Events;

namespace Blueindic.Api.Tests.Reports;

[Collection(ApiCollection.Name)]
public sealed class SalesReportsTests(AppFixture app)
{
    private static decimal Dec(JsonElement e, string name) => e.GetProperty(name).GetDecimal();
    private static decimal? NullableDec(JsonElement e, string name) =>
        e.GetProperty(name).ValueKind == JsonValueKind.Null ? null : e.GetProperty(name).GetDecimal();

    private static object Invoice(Guid clientId, string issueDate, decimal net, string? series = null, decimal withholdingRate = 0) =>
        new { clientId, issueDate, series, withholdingRate, lines = new[] { new { description = "Servicio", quantity = 1, unitPrice = net, vatRate = 21 } } };

    /// <summary>2024: Ana 1000 and Bea 500 in March, Cris 300 in July. 2025: Ana 1500 + 100 in March, Bea 200 in May,
    /// Dani 50 in January (with withholding) and 10 in February, issued after the others in series B.</summary>
    private async Task<(TestTenant Tenant, Guid Ana, Guid Bea, Guid Cris, Guid Dani)> TwoYears()
    {
        var t = await app.NewTenant();
        var (ana, bea, cris, dani) = (await t.NewClient("Ana"), await t.NewClient("Bea"), await t.NewClient("Cris"), await t.NewClient("Dani"));
        await t.IssueInvoice(Invoice(ana, "2024-03-10", 1000));
        await t.IssueInvoice(Invoice(bea, "2024-03-20", 500));
        await t.IssueInvoice(Invoice(cris, "2024-07-01", 300));
        await t.IssueInvoice(Invoice(dani, "2025-01-15", 50, withholdingRate: 15));
        await t.IssueInvoice(Invoice(ana, "2025-03-05", 1500));
        await t.IssueInvoice(Invoice(ana, "2025-03-25", 100));
        await t.IssueInvoice(Invoice(bea, "2025-05-10", 200));
        await t.IssueInvoice(Invoice(dani, "2025-02-01", 10, series: "B"));
        await app.Host.WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(60));
        return (t, ana, bea, cris, dani);
    }

    [Fact]
    public async Task Monthly_sales_bucket_by_issue_date_against_the_compared_year()
    {
        var (tenant, _, _, _, _) = await TwoYears();
        var report = (await tenant.Get("/api/reports/sales/monthly?year=2025&compareYear=2024")).Json();
        var months = report.GetProperty("months").EnumerateArray().ToList();

        months.Count.ShouldBe(12);
        months.Select(m => Dec(m, "net")).ShouldBe([50m, 10m, 1600m, 0m, 200m, 0m, 0m, 0m, 0m, 0m, 0m, 0m]);
        months.Select(m => Dec(m, "previousNet")).ShouldBe([0m, 0m, 1500m, 0m, 0m, 0m, 300m, 0m, 0m, 0m, 0m, 0m]);
        (Dec(months[0], "total"), months[0].GetProperty("invoiceCount").GetInt32()).ShouldBe((53m, 1));   // 50 + 10.50 VAT − 7.50 IRPF
        (Dec(months[2], "changeAmount"), NullableDec(months[2], "changePercent"), months[2].GetProperty("invoiceCount").GetInt32()).ShouldBe((100m, 6.67m, 2));
        (Dec(months[6], "changeAmount"), NullableDec(months[6], "changePercent")).ShouldBe((-300m, -100m));
        NullableDec(months[0], "changePercent").ShouldBeNull();
        (NullableDec(months[2], "seasonalityIndex"), NullableDec(months[0], "seasonalityIndex")).ShouldBe((10.32m, 0.32m));   // 1600 and 50 ÷ (1860 / 12)
        (Dec(report, "totalNet"), Dec(report, "previousTotalNet"), Dec(report, "changeAmount"), NullableDec(report, "changePercent"))
            .ShouldBe((1860m, 1800m, 60m, 3.33m));
    }

    [Fact]
    public async Task Clients_ranked_by_net_with_year_over_year_change_including_those_who_stopped_buying()
    {
        var (tenant, ana, bea, cris, dani) = await TwoYears();
        var top = (await tenant.Get("/api/reports/clients/revenue?year=2025&compareYear=2024")).Json();
        Dec(top, "totalNet").ShouldBe(1860m);
        var rows = top.GetProperty("data").EnumerateArray().ToList();
        rows.Select(r => r.GetProperty("clientId").GetGuid()).ShouldBe([ana, bea, dani, cris]);
        (Dec(rows[0], "net"), Dec(rows[0], "previousNet"), Dec(rows[0], "changeAmount"), NullableDec(rows[0], "changePercent"), Dec(rows[0], "share"))
            .ShouldBe((1600m, 1000m, 600m, 60m, 86.02m));
        rows[0].GetProperty("invoiceCount").GetInt32().ShouldBe(2);
        (Dec(rows[1], "changeAmount"), NullableDec(rows[1], "changePercent")).ShouldBe((-300m, -60m));
        NullableDec(rows[2], "changePercent").ShouldBeNull();
        (Dec(rows[3], "net"), NullableDec(rows[3], "changePercent")).ShouldBe((0m, -100m));

        var bottom = (await tenant.Get("/api/reports/clients/revenue?year=2025&compareYear=2024&order=asc&limit=2")).Json();
        bottom.GetProperty("data").EnumerateArray().Select(r => r.GetProperty("clientId").GetGuid()).ShouldBe([cris, dani]);
        (await tenant.Get("/api/reports/clients/revenue?order=sideways")).ErrorFields().ShouldContain("order");

        var stranger = await app.NewTenant();
        (await stranger.Get("/api/reports/clients/revenue?year=2025")).Json().GetProperty("data").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task A_cancellation_counts_with_its_sign_in_the_month_it_is_issued()
    {
        var tenant = await app.NewTenant();
        var client = await tenant.NewClient("Eva");
        var invoice = await tenant.IssueSimpleInvoice(client);
        await tenant.Post($"/api/invoices/{invoice.GetProperty("id").GetGuid()}/corrections", new { reason = "Error" });
        await app.Host.WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(60));

        var issued = DateOnly.Parse(invoice.GetProperty("issueDate").GetString()!);
        var month = (await tenant.Get($"/api/reports/sales/monthly?year={issued.Year}")).Json().GetProperty("months")[issued.Month - 1];
        (Dec(month, "net"), month.GetProperty("invoiceCount").GetInt32()).ShouldBe((0m, 2));
    }

    [Fact]
    public async Task The_monthly_chart_is_an_SVG_with_two_bars_a_month()
    {
        var (tenant, _, _, _, _) = await TwoYears();
        var result = await tenant.Get("/api/reports/sales/monthly.svg?year=2025&compareYear=2024");
        result.Status().ShouldBe(200);
        result.Context.Response.ContentType!.ShouldStartWith("image/svg+xml");
        var svg = XDocument.Parse(result.ReadAsText());
        XNamespace ns = "http://www.w3.org/2000/svg";
        var bars = svg.Descendants(ns + "rect").Where(r => r.Element(ns + "title") is not null).ToList();
        bars.Count.ShouldBe(24);
        bars.ShouldContain(b => b.Element(ns + "title")!.Value == "2025-03: 1600.00 €");
        var march = bars.Single(b => b.Element(ns + "title")!.Value.StartsWith("2025-03"));
        double.Parse(march.Attribute("height")!.Value, System.Globalization.CultureInfo.InvariantCulture).ShouldBe(240, 0.5);   // the tallest bar fills the plot
    }
}
