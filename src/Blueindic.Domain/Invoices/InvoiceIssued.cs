using Blueindic.Domain.Common;

namespace Blueindic.Domain.Invoices;

/// <summary>
/// An invoice was issued: numbered, its amounts computed, its parties snapshotted and its VERI*FACTU
/// record chained. A stored contract with nested records of its own (pinned by the event approval
/// test), mapped to and from the domain's records here. <see cref="Figures.TaxTotal"/>,
/// <see cref="Figures.GrossTotal"/> and <see cref="ChainRecord.QrUrl"/> are stored as written since the first
/// release, though derivable.
/// </summary>
public sealed record InvoiceIssued(
    Guid InvoiceId,
    string Number,
    string Series,
    int Year,
    int Sequence,
    Guid ClientId,
    InvoiceIssued.Party Client,
    InvoiceIssued.Party Issuer,
    DateOnly IssueDate,
    DateOnly DueDate,
    bool EquivalenceSurcharge,
    InvoiceIssued.Figures Amounts,
    string? Notes,
    InvoiceIssued.CorrectedInvoice? Corrects,
    InvoiceIssued.ChainRecord Verifactu)
{
    /// <summary>
    /// A party as issued. Email, Phone, Iban, Website and Logo came with the business profile: optional,
    /// absent from invoices stored before it (and null on clients).
    /// </summary>
    public sealed record Party(string Name, string? LegalName, string? TaxId, EventAddress? Address,
        string? Email = null, string? Phone = null, string? Iban = null, string? Website = null, Logo? Logo = null)
    {
        public static Party Of(PartySnapshot p) => new(p.Name, p.LegalName, p.TaxId, p.Address is { } a ? EventAddress.Of(a) : null,
            p.Email, p.Phone, p.Iban, p.Website, p.Logo is { } l ? new Logo(l.Sha256, l.MediaType, l.Bytes) : null);

        public PartySnapshot ToSnapshot() => new(Name, LegalName, TaxId, Address?.ToAddress(), Email, Phone, Iban, Website,
            Logo is { } l ? new Business.LogoReference(l.Sha256, l.MediaType, l.Bytes) : null);
    }

    /// <summary>The issuer's logo by its content hash: the image itself is kept apart, never in the event.</summary>
    public sealed record Logo(string Sha256, string MediaType, int Bytes);

    public sealed record Line(string Description, decimal Quantity, decimal UnitPrice, decimal DiscountPercent, decimal VatRate, decimal Net);

    public sealed record Tax(decimal VatRate, decimal Base, decimal Vat, decimal SurchargeRate, decimal Surcharge);

    public sealed record Figures(IReadOnlyList<Line> Lines, IReadOnlyList<Tax> Taxes, decimal NetTotal, decimal VatTotal,
        decimal SurchargeTotal, decimal WithholdingRate, decimal WithholdingTotal, decimal Total, decimal TaxTotal, decimal GrossTotal)
    {
        public static Figures Of(InvoiceAmounts a) => new(
            a.Lines.Select(l => new Line(l.Description, l.Quantity, l.UnitPrice, l.DiscountPercent, l.VatRate, l.Net)).ToList(),
            a.Taxes.Select(t => new Tax(t.VatRate, t.Base, t.Vat, t.SurchargeRate, t.Surcharge)).ToList(),
            a.NetTotal, a.VatTotal, a.SurchargeTotal, a.WithholdingRate, a.WithholdingTotal, a.Total, a.TaxTotal, a.GrossTotal);

        public InvoiceAmounts ToAmounts() => new(
            Lines.Select(l => new InvoiceLine(l.Description, l.Quantity, l.UnitPrice, l.DiscountPercent, l.VatRate, l.Net)).ToList(),
            Taxes.Select(t => new TaxBreakdown(t.VatRate, t.Base, t.Vat, t.SurchargeRate, t.Surcharge)).ToList(),
            NetTotal, VatTotal, SurchargeTotal, WithholdingRate, WithholdingTotal, Total);
    }

    /// <summary>The invoice this corrective (series R) corrects.</summary>
    /// <param name="Cancels">True when it cancels the original whole; false for a correction by differences.</param>
    /// <param name="Ground">The legal ground, which set TipoFactura; absent from correctives stored before it (all R1: <see cref="CorrectionGround.Error"/>).</param>
    public sealed record CorrectedInvoice(Guid InvoiceId, string Number, string Reason, bool Cancels, CorrectionGround? Ground = null)
    {
        // R1 is stored as no ground at all, as it always was: old and new R1 correctives read alike.
        public static CorrectedInvoice Of(CorrectionOf c) =>
            new(c.InvoiceId, c.Number, c.Reason, c.Cancels, c.Ground == CorrectionGround.Error ? null : c.Ground);

        public CorrectionGround LegalGround() => Ground ?? CorrectionGround.Error;
    }

    /// <summary>The invoice's VERI*FACTU record, as chained when it was issued.</summary>
    public sealed record ChainRecord(long Position, string IssuerTaxId, string Number, DateOnly IssueDate, string InvoiceType,
        decimal TaxTotal, decimal GrossTotal, string PreviousHash, DateTimeOffset GeneratedAt, string Hash, string QrUrl)
    {
        public static ChainRecord Of(VerifactuRecord r) => new(r.Position, r.IssuerTaxId, r.Number, r.IssueDate, r.InvoiceType,
            r.TaxTotal, r.GrossTotal, r.PreviousHash, r.GeneratedAt, r.Hash, r.QrUrl);

        public VerifactuRecord ToRecord() => new(Position, IssuerTaxId, Number, IssueDate, InvoiceType, TaxTotal, GrossTotal,
            PreviousHash, GeneratedAt, Hash);
    }
}
