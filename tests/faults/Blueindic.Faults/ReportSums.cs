using System.Globalization;
using System.Text.Json;
using Npgsql;

namespace Blueindic.Faults;

/// <summary>
/// The business's morosity report and receivables totals against a recomputation from its invoice
/// views, read straight from PostgreSQL (the documents' JSON, not the columns or tables the reports
/// read): whatever keeps those figures, a crash must not leave them apart from the invoices. Judged
/// today and 45 days on, when the drill's invoices (due at 30 days) are overdue.
/// </summary>
internal static class ReportSums
{
    private sealed record View(Guid ClientId, DateOnly IssueDate, DateOnly DueDate, string Status, decimal AmountDue, decimal Total, bool Cancels,
        decimal WrittenOff);

    public static async Task CheckAsync(Drill drill, Report report, ApiNode node, Business business)
    {
        var views = await ViewsAsync(drill, business.TenantId);
        var today = Day(Json(await business.GetAsync(node, "/api/receivables?limit=1")).GetProperty("asOf").GetString()!);
        foreach (var asOf in new[] { today, today.AddDays(45) })
        {
            var year = today.Year;
            // Morosity: the year's invoices up to asOf, annulled ones left out; a cancelled invoice and its cancelling corrective not invoiced.
            var ofYear = views.Where(v => v.IssueDate.Year == year && v.IssueDate <= asOf && v.Status != "Annulled").ToList();
            var invoiced = ofYear.Where(v => v.Status != "Cancelled" && !v.Cancels).Sum(v => v.Total);
            var overdue = ofYear.Where(v => v.AmountDue > 0 && v.DueDate < asOf).Sum(v => v.AmountDue);
            var uncollectible = ofYear.Sum(v => v.WrittenOff);
            var morose = ofYear.GroupBy(v => v.ClientId)
                .Count(g => g.Where(v => v.AmountDue > 0 && v.DueDate < asOf).Sum(v => v.AmountDue) + g.Sum(v => v.WrittenOff) > 0);
            var morosity = Json(await business.GetAsync(node, $"/api/reports/morosity?year={year}&asOf={asOf:yyyy-MM-dd}&limit=100"));
            var reported = (Dec(morosity, "invoiced"), Dec(morosity, "overdue"), Dec(morosity, "uncollectible"), morosity.GetProperty("clientCount").GetInt32());
            report.Expect(reported == (invoiced, overdue, uncollectible, morose),
                $"morosity of {year} as of {asOf:yyyy-MM-dd} is its invoice views' (invoiced, overdue, uncollectible, clients): "
                + $"{reported} = {(invoiced, overdue, uncollectible, morose)}");

            // Receivables: something due on an invoice issued by asOf; red past due, orange within the alert window, green after.
            var page = Json(await business.GetAsync(node, $"/api/receivables?asOf={asOf:yyyy-MM-dd}&limit=1"));
            var window = page.GetProperty("alertWindowDays").GetInt32();
            var open = views.Where(v => v.AmountDue > 0 && v.IssueDate <= asOf).ToList();
            (int, decimal) Level(Func<View, bool> inLevel) => (open.Count(inLevel), open.Where(inLevel).Sum(v => v.AmountDue));
            var expected = new[]
            {
                (open.Count, open.Sum(v => v.AmountDue)), Level(v => v.DueDate < asOf),
                Level(v => v.DueDate >= asOf && v.DueDate < asOf.AddDays(window)), Level(v => v.DueDate >= asOf.AddDays(window)),
            };
            var summary = page.GetProperty("summary");
            var byLevel = summary.GetProperty("byLevel");
            (int, decimal) Of(JsonElement s, string amount) => (s.GetProperty("count").GetInt32(), Dec(s, amount));
            var actual = new[] { Of(summary, "amountDue"), Of(byLevel.GetProperty("red"), "amount"), Of(byLevel.GetProperty("orange"), "amount"), Of(byLevel.GetProperty("green"), "amount") };
            report.Expect(actual.SequenceEqual(expected),
                $"receivables as of {asOf:yyyy-MM-dd} are its invoice views' (all, red, orange, green): {string.Join(" ", actual)} = {string.Join(" ", expected)}");
        }
    }

    private static async Task<List<View>> ViewsAsync(Drill drill, string tenantId)
    {
        await using var connection = new NpgsqlConnection(drill.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select data from blueindic.mt_doc_invoiceview where tenant_id = $1", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = tenantId });
        await using var reader = await command.ExecuteReaderAsync();
        var views = new List<View>();
        while (await reader.ReadAsync())
        {
            var d = Json(reader.GetString(0));
            var issued = d.GetProperty("Issued");
            var corrects = issued.TryGetProperty("Corrects", out var c) ? c : default;
            views.Add(new View(d.GetProperty("ClientId").GetGuid(), Day(d, "IssueDate"), Day(d, "DueDate"), d.GetProperty("Status").GetString()!,
                Dec(d, "AmountDue"), Dec(issued.GetProperty("Amounts"), "Total"),
                corrects.ValueKind == JsonValueKind.Object && corrects.GetProperty("Cancels").GetBoolean(), Dec(d.GetProperty("Balance"), "WrittenOff")));
        }
        return views;
    }

    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement;

    private static decimal Dec(JsonElement e, string name) => e.GetProperty(name).GetDecimal();

    private static DateOnly Day(JsonElement e, string name) => Day(e.GetProperty(name).GetString()!);

    private static DateOnly Day(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
