using System.Xml.Linq;
using Blueindic.Domain.Invoices;
using static Blueindic.Api.Facturae.FacturaeText;

namespace Blueindic.Api.Facturae;

/// <summary>One <c>Invoice</c> element: header (with the corrective block), issue data, taxes, totals, lines, payment.</summary>
internal static class FacturaeInvoice
{
    private const string Vat = "01";
    private const string Irpf = "04";
    /// <summary>Transferencia: a public administration pays by transfer, to the IBAN given or the one it has on file for the seller.</summary>
    private const string Transfer = "04";

    public static XElement Of(InvoiceIssued invoice, DateOnly? correctedIssueDate)
    {
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
            // A rectificativa that lowers what is owed asks no payment.
            a.Total <= 0 ? null : new XElement("PaymentDetails", new XElement("Installment",
                new XElement("InstallmentDueDate", Date(invoice.DueDate)),
                new XElement("InstallmentAmount", Two(a.Total)),
                new XElement("PaymentMeans", Transfer),
                invoice.Issuer.Iban is { } iban ? new XElement("AccountToBeCredited", new XElement("IBAN", iban)) : null)),
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
            invoice.Corrects is { } c ? Corrective(c, correctedIssueDate ?? invoice.IssueDate) : null);
    }

    /// <summary>
    /// The corrective block. Our rectificativas carry a free-text reason, not a coded one: the code is
    /// 16 "Base imponible" (the amounts, and with them the base, change), the text goes in
    /// AdditionalReasonDescription. A cancellation restates the whole invoice negated: 01 "Rectificación
    /// íntegra"; a correction by differences: 02. The tax period is the calendar quarter of the corrected
    /// invoice (the Modelo 303 period it was declared in).
    /// </summary>
    private static XElement Corrective(InvoiceIssued.CorrectedInvoice c, DateOnly correctedIssueDate)
    {
        var (series, number) = InvoiceNumber(c.Number);
        var quarterStart = new DateOnly(correctedIssueDate.Year, (correctedIssueDate.Month - 1) / 3 * 3 + 1, 1);
        return new XElement("Corrective",
            new XElement("InvoiceNumber", number),
            new XElement("InvoiceSeriesCode", series),
            new XElement("ReasonCode", "16"),
            new XElement("ReasonDescription", "Base imponible"),
            new XElement("TaxPeriod",
                new XElement("StartDate", Date(quarterStart)),
                new XElement("EndDate", Date(quarterStart.AddMonths(3).AddDays(-1)))),
            new XElement("CorrectionMethod", c.Cancels ? "01" : "02"),
            new XElement("CorrectionMethodDescription", c.Cancels ? "Rectificación íntegra" : "Rectificación por diferencias"),
            new XElement("AdditionalReasonDescription", Max(c.Reason, 2500)),
            new XElement("InvoiceIssueDate", Date(correctedIssueDate)));
    }

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

    /// <summary>"F-2026-0001" → series "F", number "2026-0001": series and number together are unique, as Facturae asks.</summary>
    private static (string Series, string Number) InvoiceNumber(string full)
    {
        var dash = full.IndexOf('-');
        return dash < 0 ? ("", full) : (full[..dash], Max(full[(dash + 1)..], 20));
    }
}
