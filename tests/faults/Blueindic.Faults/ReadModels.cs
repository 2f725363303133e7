using System.Text.Json;

namespace Blueindic.Faults;

/// <summary>
/// The async read models against the event store: every issued invoice (100 € + 21 % VAT) counted
/// once in the monthly sales and in the client's revenue, none twice, none skipped.
/// </summary>
internal static class ReadModels
{
    public static async Task CheckAsync(Drill drill, Report report, ApiNode node, Business business)
    {
        var caughtUp = await drill.CaughtUpAsync(TimeSpan.FromSeconds(30));
        report.Expect(caughtUp is not null, $"async projections caught up with the event store{(caughtUp is { } t ? $" in {t.TotalSeconds:0.0} s" : " (not within 30 s)")}");
        var issued = await drill.QueryAsync<long>("select count(*) from blueindic.mt_events where tenant_id = $1 and type = 'invoice_issued'", business.TenantId);
        var year = DateTime.UtcNow.Year;
        var sales = JsonDocument.Parse(await business.GetAsync(node, $"/api/reports/sales/monthly?year={year}")).RootElement;
        var counted = sales.GetProperty("months").EnumerateArray().Sum(m => m.GetProperty("invoiceCount").GetInt32());
        var total = sales.GetProperty("months").EnumerateArray().Sum(m => m.GetProperty("total").GetDecimal());
        var revenue = JsonDocument.Parse(await business.GetAsync(node, $"/api/reports/clients/revenue?year={year}")).RootElement;
        var net = revenue.GetProperty("totalNet").GetDecimal();
        Report.Saw($"event store: {issued} invoices issued; monthly sales: {counted} invoices, {total:0.00} €; revenue: {net:0.00} € net");
        report.Expect(counted == issued && total == issued * 121m && net == issued * 100m,
            "monthly sales and revenue count every issued invoice exactly once");
    }
}
