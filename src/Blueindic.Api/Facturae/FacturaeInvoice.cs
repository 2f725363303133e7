using System.Xml.Linq;
using Blueindic.Domain.Invoices;
using static Blueindic.Api.Facturae.FacturaeText;

namespace Blueindic.Api.Facturae;

/// <summary>One <c>Invoice</c> element: header (with the corrective block), issue data, taxes, totals, lines, payment.</summary>
internal static class FacturaeInvoice
{
    private const string Vat = "01";
    private const string Irpf = "04";
    /// <summary>Transferencia: a public administration pays by transfer, to the business's IBAN.</summary>
    private const string Transfer = "04";

    /// <param name="correctedIssueDate">The corrected invoice's issue date: required for a rectificativa (its tax period).</param>
    public static XElement Of(InvoiceIssued invoice, DateOnly? correctedIssueDate)
    {
        if (invoice.Corrects is not null && correctedIssueDate is null)
            throw new ArgumentNullException(nameof(correctedIssueDate), "A rectificativa needs the issue date of the invoice it corrects.");
        var a = invoice.Amounts;
        return new XElement("Invoice",
            Header(invoice, correctedIssueDate),
            new XElement("InvoiceIssueData",
                new XElement("IssueDate", Date(invoice.IssueDate)),
                new XElement("InvoiceCurrencyCode", FacturaeXml.Euro),
                new XElement("TaxCurrencyCode", FacturaeXml.Euro),
                new XElement("LanguageName", "es")),
            new XElement("TaxesOutputs", a.Taxes.Select(t => new XElement("Tax",
                new XElement("TaxTypeCode", Vat),
                new XElement("TaxRate", Two(t.VatRate)),
                Amount("TaxableBase", t.Base),
                Amount("TaxAmount", t.Vat),
                t.SurchargeRate == 0 ? null : new XElement("EquivalenceSurcharge", Two(t.SurchargeRate)),
                t.SurchargeRate == 0 ? null : Amount("EquivalenceSurchargeAmount", t.Surcharge)))),
            a.WithholdingRate == 0 ? null : new XElement("TaxesWithheld", new XElement("Tax",
                new XElement("TaxTypeCode", Irpf),
                new XElement("TaxRate", Two(a.WithholdingRate)),
                Amount("TaxableBase", a.NetTotal),
                Amount("TaxAmount", a.WithholdingTotal))),
            new XElement("InvoiceTotals",
                new XElement("TotalGrossAmount", Two(a.NetTotal)),
                new XElement("TotalGrossAmountBeforeTaxes", Two(a.NetTotal)),
                // Recargo is a tax output too: base + outputs − withheld is the invoice total.
                new XElement("TotalTaxOutputs", Two(a.VatTotal + a.SurchargeTotal)),
                new XElement("TotalTaxesWithheld", Two(a.WithholdingTotal)),
                new XElement("InvoiceTotal", Two(a.Total)),
                new XElement("TotalOutstandingAmount", Two(a.Total)),
                new XElement("TotalExecutableAmount", Two(a.Total))),
            new XElement("Items", a.Lines.Select(l => Line(l, a.Taxes))),
            // A rectificativa that lowers what is owed asks no payment; a transfer names the account to credit
            // (the schema makes it mandatory for means 04), so without the business's IBAN no payment details at all.
            a.Total <= 0 || invoice.Issuer.Iban is not { Length: > 0 } iban ? null : new XElement("PaymentDetails", new XElement("Installment",
                new XElement("InstallmentDueDate", Date(invoice.DueDate)),
                new XElement("InstallmentAmount", Two(a.Total)),
                new XElement("PaymentMeans", Transfer),
                new XElement("AccountToBeCredited", new XElement("IBAN", iban)))),
            invoice.Notes is { Length: > 0 } notes ? new XElement("AdditionalData", new XElement("InvoiceAdditionalInformation", Max(notes, 2500))) : null);
    }

    public static XElement Amount(string name, decimal value) => new(name, new XElement("TotalAmount", Two(value)));

    private static XElement Header(InvoiceIssued invoice, DateOnly? correctedIssueDate)
    {
        var (series, number) = InvoiceNumber(invoice.Number);
        return new XElement("InvoiceHeader",
            new XElement("InvoiceNumber", number),
            new XElement("InvoiceSeriesCode", series),
            new XElement("InvoiceDocumentType", "FC"),
            new XElement("InvoiceClass", invoice.Corrects is null ? "OO" : "OR"),
            invoice.Corrects is { } c ? Corrective(c, correctedIssueDate!.Value) : null);
    }

    /// <summary>
    /// The corrective block. The reason code follows the legal ground (<see cref="Reason"/>); the free-text
    /// reason goes in AdditionalReasonDescription. Every rectificativa here is by differences (02), as its
    /// VERI*FACTU record declares (TipoRectificativa "I"): a cancellation's lines are the original's negated,
    /// not a restatement that replaces it. The tax period is the calendar quarter of the corrected invoice
    /// (the Modelo 303 period it was declared in).
    /// </summary>
    private static XElement Corrective(InvoiceIssued.CorrectedInvoice c, DateOnly correctedIssueDate)
    {
        var (series, number) = InvoiceNumber(c.Number);
        var (code, description) = Reason(c.LegalGround());
        var quarterStart = new DateOnly(correctedIssueDate.Year, (correctedIssueDate.Month - 1) / 3 * 3 + 1, 1);
        return new XElement("Corrective",
            new XElement("InvoiceNumber", number),
            new XElement("InvoiceSeriesCode", series),
            new XElement("ReasonCode", code),
            new XElement("ReasonDescription", description),
            new XElement("TaxPeriod",
                new XElement("StartDate", Date(quarterStart)),
                new XElement("EndDate", Date(quarterStart.AddMonths(3).AddDays(-1)))),
            new XElement("CorrectionMethod", "02"),
            new XElement("CorrectionMethodDescription", "Rectificación por diferencias"),
            new XElement("AdditionalReasonDescription", Max(c.Reason, 2500)),
            new XElement("InvoiceIssueDate", Date(correctedIssueDate)));
    }

    /// <summary>
    /// ReasonCodeType and its ReasonDescriptionType text. Insolvency (art. 80.Tres LIVA) has its own code,
    /// 85. Facturae 3.2.2 has none for an uncollectible debt (art. 80.Cuatro; 84 is a "resolución firme",
    /// which that ground does not need), nor for an error or another ground, whose field is not recorded:
    /// 16 "Base imponible", as the amounts, and with them the base, change.
    /// </summary>
    internal static (string Code, string Description) Reason(CorrectionGround ground) => ground switch
    {
        CorrectionGround.Insolvency => ("85", "Base imponible modificada cuotas repercutidas no satisfechas. Auto de declaración de concurso"),
        _ => ("16", "Base imponible"),
    };

    /// <summary>
    /// Each line: TotalCost is quantity × unit price rounded to cents, the discount what takes it to the
    /// line's net, GrossAmount the net (SPAIN.md); its tax is the rate's, computed on the invoice, so a line
    /// carries its base and rates but no tax amount of its own.
    /// </summary>
    private static XElement Line(InvoiceIssued.Line l, IReadOnlyList<InvoiceIssued.Tax> taxes)
    {
        var totalCost = decimal.Round(l.Quantity * l.UnitPrice, 2, MidpointRounding.AwayFromZero);
        var surchargeRate = taxes.FirstOrDefault(t => t.VatRate == l.VatRate)?.SurchargeRate ?? 0;
        return new XElement("InvoiceLine",
            new XElement("ItemDescription", Max(l.Description, 2500)),
            new XElement("Quantity", Quantity(l.Quantity)),
            new XElement("UnitPriceWithoutTax", UpToEight(l.UnitPrice)),
            new XElement("TotalCost", Two(totalCost)),
            l.DiscountPercent == 0 ? null : new XElement("DiscountsAndRebates", new XElement("Discount",
                new XElement("DiscountReason", "Descuento"),
                new XElement("DiscountRate", UpToEight(l.DiscountPercent)),
                new XElement("DiscountAmount", Two(totalCost - l.Net)))),
            new XElement("GrossAmount", Two(l.Net)),
            new XElement("TaxesOutputs", new XElement("Tax",
                new XElement("TaxTypeCode", Vat),
                new XElement("TaxRate", Two(l.VatRate)),
                Amount("TaxableBase", l.Net),
                surchargeRate == 0 ? null : new XElement("EquivalenceSurcharge", Two(surchargeRate)))));
    }

    /// <summary>
    /// "F-2026-0001" → series "F", number "2026-0001": series and number together are unique, as Facturae
    /// asks. Each is cut to the schema's 20 characters, for the invoice and the one it corrects alike.
    /// </summary>
    internal static (string Series, string Number) InvoiceNumber(string full)
    {
        var dash = full.IndexOf('-');
        return dash < 0 ? ("", Max(full, 20)) : (Max(full[..dash], 20), Max(full[(dash + 1)..], 20));
    }
}
