using Blueindic.Domain.Invoices;
using Marten.Events.Projections;

namespace Blueindic.Projections.Reports;

/// <summary>A tenant's sales in one calendar month (bucketed by issue date), corrective invoices with their sign.</summary>
public sealed class MonthlySales
{
    /// <summary>yyyy-MM.</summary>
    public string Id { get; set; } = "";
    public int Year { get; set; }
    public int Month { get; set; }
    public decimal Net { get; set; }
    public decimal Total { get; set; }
    public int InvoiceCount { get; set; }

    public static string IdFor(DateOnly date) => $"{date:yyyy-MM}";
}

/// <summary>Async rollup across invoice streams. Fed by: <see cref="InvoiceIssued"/> (corrections are invoices too) and <see cref="InvoiceAnnulled"/>, which takes an invoice back out.</summary>
public sealed partial class MonthlySalesProjection : MultiStreamProjection<MonthlySales, string>
{
    public MonthlySalesProjection() 
    {
        Identity<InvoiceIssued>(e => MonthlySales.IdFor(e.IssueDate));
        Identity<InvoiceAnnulled>(e => MonthlySales.IdFor(e.IssueDate));
    }

    public static MonthlySales Create(InvoiceIssued e) =>
        Add(new MonthlySales { Id = MonthlySales.IdFor(e.IssueDate), Year = e.IssueDate.Year, Month = e.IssueDate.Month }, e);

    public static void Apply(InvoiceIssued e, MonthlySales month) => Add(month, e);

    /// <summary>An annulled invoice never counted: it comes out of its bucket (its name stays, as the name is the latest invoice's).</summary>
    public static void Apply(InvoiceAnnulled e, MonthlySales month)
    {
        month.Net -= e.NetTotal;
        month.Total -= e.Total;
        month.InvoiceCount--;
    }

    private static MonthlySales Add(MonthlySales month, InvoiceIssued e)
    {
        month.Net += e.Amounts.NetTotal;
        month.Total += e.Amounts.Total;
        month.InvoiceCount++;
        return month;
    }
}
