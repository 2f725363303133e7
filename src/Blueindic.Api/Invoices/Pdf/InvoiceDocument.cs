using Blueindic.Domain.Common;
using Blueindic.Domain.Invoices;
using Blueindic.Projections.Invoices;

namespace Blueindic.Api.Invoices.Pdf;

/// <summary>A party as the document prints it.</summary>
public sealed record DocumentParty(string Name, string? LegalName, string? TaxId, IReadOnlyList<string> AddressLines)
{
    public static DocumentParty Of(InvoiceIssued.Party p) => new(p.Name, p.LegalName, p.TaxId, AddressLinesOf(p.Address));

    private static IReadOnlyList<string> AddressLinesOf(EventAddress? a)
    {
        if (a is null) return [];
        var town = string.Join(" ", new[] { a.PostalCode, a.City }.Where(s => !string.IsNullOrWhiteSpace(s)));
        var region = string.Join(", ", new[] { a.Province, a.Country == CountryCode.Spain ? null : a.Country }.Where(s => !string.IsNullOrWhiteSpace(s)));
        return new[] { a.Line1, town, region }.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s!).ToList();
    }
}

/// <summary>The corrected invoice a rectificativa names, with its date (read from that invoice).</summary>
public sealed record DocumentCorrection(string Number, DateOnly? Date, string Reason, bool Cancels);

/// <summary>Everything one invoice's PDF shows, taken from its issue snapshot: what the layout draws, nothing else.</summary>
public sealed record InvoiceDocument(
    string Number, string Series, DateOnly IssueDate, DateOnly DueDate,
    DocumentParty Issuer, IssuerProfile Profile, DocumentParty Client,
    InvoiceIssued.Figures Amounts, DocumentCorrection? Corrects, string? Notes, string QrUrl)
{
    public bool IsCorrective => Corrects is not null;

    /// <param name="correctedDate">The issue date of the invoice this one corrects, when it does.</param>
    /// <param name="logo">The image of the logo the snapshot names, when it names one.</param>
    public static InvoiceDocument Of(InvoiceView view, DateOnly? correctedDate, byte[]? logo = null)
    {
        var e = view.Issued;
        return new InvoiceDocument(e.Number, e.Series, e.IssueDate, e.DueDate,
            DocumentParty.Of(e.Issuer), IssuerProfile.Of(e.Issuer, logo), DocumentParty.Of(e.Client), e.Amounts,
            e.Corrects is { } c ? new DocumentCorrection(c.Number, correctedDate, c.Reason, c.Cancels) : null,
            e.Notes, VerifactuQr.Url(e));
    }
}
