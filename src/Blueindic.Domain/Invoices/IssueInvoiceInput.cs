using System.Text.RegularExpressions;
using Blueindic.Domain.Common;

namespace Blueindic.Domain.Invoices;

/// <summary>An invoice to issue, as the user sent it.</summary>
/// <param name="Series">1–10 upper-case letters or digits, default F; R is reserved for corrective invoices.</param>
/// <param name="IssueDate">Default: today (Spain).</param>
/// <param name="DueDate">Default: issue date + the client's payment terms.</param>
/// <param name="WithholdingRate">Retención IRPF percent: 0, 1, 2, 7, 15 or 19; default 0.</param>
public sealed partial record IssueInvoiceInput(
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
        var series = SeriesOrDefault();
        if (!SeriesShape().IsMatch(series)) errors.Add("series", "A series is 1 to 10 upper-case letters or digits.");
        else if (series == InvoiceDecisions.CorrectiveSeries) errors.Add("series", "Series R is reserved for corrective invoices.");
        if (WithholdingRate is { } w && !TaxRates.Withholding.Contains(w))
            errors.Add("withholdingRate", "The withholding (IRPF) rate is one of 0, 1, 2, 7, 15, 19.");
        FreeText.Read(Notes, "notes", 2000, errors);
        if (IssueDate > today) errors.Add("issueDate", "An invoice cannot be dated in the future.");
        if (IssueDate?.Year < 2000) errors.Add("issueDate", "An invoice is dated from the year 2000 on.");
        if (DueDate is { } due && due < (IssueDate ?? today)) errors.Add("dueDate", "The due date cannot be before the issue date.");
        lines = InvoiceLineRules.Validate(Lines, correction: false, errors) ?? [];
        return errors.IsEmpty;
    }

    private string SeriesOrDefault() => string.IsNullOrWhiteSpace(Series) ? InvoiceDecisions.DefaultSeries : Series.Trim();

    public IssueRequest ToRequest(Guid invoiceId, IReadOnlyList<LineInput> lines, DateOnly today, int paymentTermsDays)
    {
        var issueDate = IssueDate ?? today;
        return new IssueRequest(invoiceId, SeriesOrDefault(), issueDate, DueDate ?? issueDate.AddDays(paymentTermsDays),
            WithholdingRate ?? 0, string.IsNullOrWhiteSpace(Notes) ? null : Notes.Trim(), lines);
    }

    [GeneratedRegex("^[A-Z0-9]{1,10}$")] private static partial Regex SeriesShape();
}
