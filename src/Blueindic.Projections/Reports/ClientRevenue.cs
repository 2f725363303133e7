using Blueindic.Domain.Invoices;
using Marten.Events.Projections;

namespace Blueindic.Projections.Reports;

/// <summary>What one client was invoiced in one year (by issue date), corrective invoices with their sign.</summary>
public sealed class ClientRevenue
{
    /// <summary>{client id}-{year}.</summary>
    public string Id { get; set; } = "";
    public Guid ClientId { get; set; }
    public int Year { get; set; }
    /// <summary>The name on the client's latest invoice of the year.</summary>
    public string ClientName { get; set; } = "";
    public DateOnly NameDate { get; set; }
    public decimal Net { get; set; }
    public decimal Total { get; set; }
    public int InvoiceCount { get; set; }

    public static string IdFor(Guid clientId, int year) => $"{clientId:N}-{year}";
}

/// <summary>Async rollup across invoice streams. Fed by: <see cref="InvoiceIssued"/> (corrections are invoices too) and <see cref="InvoiceAnnulled"/>, which takes an invoice back out.</summary>
public sealed partial class ClientRevenueProjection : MultiStreamProjection<ClientRevenue, string>
{
    public ClientRevenueProjection() 
    {
        Identity<InvoiceIssued>(e => ClientRevenue.IdFor(e.ClientId, e.IssueDate.Year));
        Identity<InvoiceAnnulled>(e => ClientRevenue.IdFor(e.ClientId, e.IssueDate.Year));
    }

    public static ClientRevenue Create(InvoiceIssued e) =>
        Add(new ClientRevenue { Id = ClientRevenue.IdFor(e.ClientId, e.IssueDate.Year), ClientId = e.ClientId, Year = e.IssueDate.Year }, e);

    public static void Apply(InvoiceIssued e, ClientRevenue revenue) => Add(revenue, e);

    /// <summary>An annulled invoice never counted: it comes out of its bucket (its name stays, as the name is the latest invoice's).</summary>
    public static void Apply(InvoiceAnnulled e, ClientRevenue revenue)
    {
        revenue.Net -= e.NetTotal;
        revenue.Total -= e.Total;
        revenue.InvoiceCount--;
    }

    private static ClientRevenue Add(ClientRevenue revenue, InvoiceIssued e)
    {
        // Events arrive in the order they were stored; a back-dated invoice must not bring back an older name.
        if (e.IssueDate >= revenue.NameDate) (revenue.ClientName, revenue.NameDate) = (e.Client.Name, e.IssueDate);
        revenue.Net += e.Amounts.NetTotal;
        revenue.Total += e.Amounts.Total;
        revenue.InvoiceCount++;
        return revenue;
    }
}
