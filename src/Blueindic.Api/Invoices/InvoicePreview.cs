using Blueindic.Domain.Invoices;

namespace Blueindic.Api.Invoices;

/// <summary>An invoice as it would be issued now: no number yet, named as in <see cref="InvoiceResponse"/>.</summary>
/// <param name="DueDate">As issuing would default it: issue date + the client's payment terms, unless given.</param>
/// <param name="Total">Base + VAT + surcharge − withholding.</param>
public sealed record InvoicePreview(
    string Series, DateOnly IssueDate, DateOnly DueDate, Guid ClientId, PartySnapshot Client, PartySnapshot Issuer,
    IReadOnlyList<InvoiceLine> Lines, IReadOnlyList<TaxBreakdown> Taxes,
    decimal NetTotal, decimal VatTotal, decimal SurchargeTotal, decimal WithholdingRate, decimal WithholdingTotal, decimal Total,
    string Currency, string? Notes)
{
    /// <summary>The preview of the event issuing would append.</summary>
    public static InvoicePreview Of(InvoiceIssued e)
    {
        var a = e.Amounts.ToAmounts();
        return new InvoicePreview(e.Series, e.IssueDate, e.DueDate, e.ClientId, e.Client.ToSnapshot(), e.Issuer.ToSnapshot(),
            a.Lines, a.Taxes, a.NetTotal, a.VatTotal, a.SurchargeTotal, a.WithholdingRate, a.WithholdingTotal, a.Total, "EUR", e.Notes);
    }
}
