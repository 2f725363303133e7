using Blueindic.Api.EventStore;
using Blueindic.Api.Reports;
using Blueindic.Api.Sql;
using Blueindic.Domain.Invoices;
using Blueindic.Projections.Invoices;
using Marten;

namespace Blueindic.Api.Tests.Support;

/// <summary>The rollups the triggers keep (<see cref="InvoiceRollups"/>), against one business's invoice views summed in C#.</summary>
internal static class Rollups
{
    public static async Task ShouldMatchTheViewsAsync(IQuerySession session, string? because = null)
    {
        var views = await session.Query<InvoiceView>().ToListAsync();
        var expectedMorosity = views.Where(v => v.Status != InvoiceStatus.Annulled).GroupBy(v => (v.ClientId, v.IssueDate.Year)).Select(g =>
            {
                var figures = g.Select(InvoiceRows.Figures).ToList();
                return new MorosityRow(g.Key.ClientId, g.Key.Year, figures.Where(f => f.CountsAsInvoiced).Sum(f => f.Total),
                    figures.Sum(f => f.WrittenOff), figures.Sum(f => f.AmountDue), figures.Where(f => f.AmountDue > 0).Sum(f => f.AmountDue),
                    figures.Count(f => f.AmountDue > 0));
            })
            .Where(r => !r.IsZero).OrderBy(r => r.ClientId).ThenBy(r => r.Year).ToList();
        var expectedOpen = views.Where(v => v.AmountDue > 0).GroupBy(v => v.DueDate)
            .Select(g => new OpenRow(g.Key, g.Sum(v => v.AmountDue), g.Count())).OrderBy(r => r.Due).ToList();

        var morosity = await session.QueryAsync<MorosityRow>(
            "select json_build_object('ClientId', client_id, 'Year', year, 'Invoiced', invoiced, 'WrittenOff', written_off, 'Due', due, " +
            $"'Open', open_amount, 'OpenInvoices', open_invoices) from {MartenSetup.Schema}.{InvoiceRollups.MorosityTable} " +
            "where tenant_id = ? order by client_id, year", session.TenantId);
        morosity.Where(r => !r.IsZero).ToList().ShouldBe(expectedMorosity, because);
        var open = await session.QueryAsync<OpenRow>(
            $"select json_build_object('Due', due_date, 'Amount', amount, 'Invoices', invoices) from {MartenSetup.Schema}.{InvoiceRollups.OpenAmountsTable} " +
            "where tenant_id = ? order by due_date", session.TenantId);
        open.Where(r => r.Invoices != 0 || r.Amount != 0).ToList().ShouldBe(expectedOpen, because);
    }

    private sealed record MorosityRow(Guid ClientId, int Year, decimal Invoiced, decimal WrittenOff, decimal Due, decimal Open, int OpenInvoices)
    {
        public bool IsZero => (Invoiced, WrittenOff, Due, Open, OpenInvoices) == (0, 0, 0, 0, 0);
    }

    private sealed record OpenRow(DateOnly Due, decimal Amount, int Invoices);
}
