using Blueindic.Domain.Common;

namespace Blueindic.Domain.Invoices;

/// <summary>An invoice to issue, as the user sent it.</summary>
/// <param name="Series">1–10 upper-case letters or digits, default the business's default series (F); R is reserved for corrective invoices.</param>
/// <param name="IssueDate">Default: today (Spain).</param>
/// <param name="DueDate">Default: issue date + the client's payment terms.</param>
/// <param name="WithholdingRate">Retención IRPF percent: 0, 1, 2, 7, 15 or 19; default 0.</param>
public sealed record IssueInvoiceInput(
    Guid? ClientId,
    string? Series,
    DateOnly? IssueDate,
    DateOnly? DueDate,
    decimal? WithholdingRate,
    string? Notes,
    IReadOnlyList<InvoiceLineInput?>? Lines)
{
    /// <summary>
    /// The valid lines; refuses the input with every field error found. Checks what needs no state:
    /// the due date's default needs the client, see <see cref="ToRequest"/>.
    /// </summary>
    public static IReadOnlyList<LineInput> Validated(IssueInvoiceInput? input, DateOnly today)
    {
        if (input is null) throw new DomainValidationException("body", "A JSON object is required.");
        var errors = new ValidationErrors();
        input.IsValid(errors, today, out var lines);
        errors.ThrowIfAny();
        return lines;
    }

    public bool IsValid(ValidationErrors errors, DateOnly today, out List<LineInput> lines)
    {
        if (ClientId is null || ClientId == Guid.Empty) errors.Add("clientId", "A client id is required.");
        // Without a series the business's default applies, checked when the business set it.
        if (!string.IsNullOrWhiteSpace(Series)) InvoiceSeries.Check(Series.Trim(), "series", errors);
        if (WithholdingRate is { } w && !TaxRates.Withholding.Contains(w))
            errors.Add("withholdingRate", "The withholding (IRPF) rate is one of 0, 1, 2, 7, 15, 19.");
        FreeText.Read(Notes, "notes", 2000, errors);
        if (IssueDate > today) errors.Add("issueDate", "An invoice cannot be dated in the future.");
        if (IssueDate?.Year < 2000) errors.Add("issueDate", "An invoice is dated from the year 2000 on.");
        if (DueDate is { } due && due < (IssueDate ?? today)) errors.Add("dueDate", "The due date cannot be before the issue date.");
        lines = InvoiceLineRules.Validate(Lines, correction: false, errors) ?? [];
        return errors.IsEmpty;
    }

    /// <param name="defaultSeries">The series when the input names none: the business profile's default.</param>
    public IssueRequest ToRequest(Guid invoiceId, IReadOnlyList<LineInput> lines, DateOnly today, int paymentTermsDays,
        string defaultSeries = InvoiceDecisions.DefaultSeries)
    {
        var issueDate = IssueDate ?? today;
        var series = string.IsNullOrWhiteSpace(Series) ? defaultSeries : Series.Trim();
        return new IssueRequest(invoiceId, series, issueDate, DueDate ?? issueDate.AddDays(paymentTermsDays),
            WithholdingRate ?? 0, string.IsNullOrWhiteSpace(Notes) ? null : Notes.Trim(), lines);
    }
}
