using Blueindic.Domain.Common;
using Blueindic.Domain.Invoices;

namespace Blueindic.Api.Invoices;

/// <param name="Reason">Why the invoice is corrected (1–500 characters); printed on the corrective invoice.</param>
/// <param name="Lines">Omitted: cancel the invoice whole. Given: a correction by differences (negative quantities or prices allowed).</param>
public sealed record CorrectInvoiceInput(string? Reason, IReadOnlyList<InvoiceLineInput?>? Lines)
{
    /// <summary>The trimmed reason and the lines (null: cancel whole); refuses with every field error found.</summary>
    public static (string Reason, IReadOnlyList<LineInput>? Lines) Validated(CorrectInvoiceInput? input)
    {
        var errors = new ValidationErrors();
        var reason = FreeText.Required(input?.Reason, "reason", 500, errors);
        var lines = input?.Lines is null ? null : InvoiceLineRules.Validate(input.Lines, correction: true, errors);
        errors.ThrowIfAny();
        return (reason!, lines);
    }
}
