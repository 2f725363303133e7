using Blueindic.Domain.Common;
using Blueindic.Domain.Invoices;

namespace Blueindic.Api.Invoices;

/// <param name="Reason">Why the invoice is corrected (1–500 characters); printed on the corrective invoice.</param>
/// <param name="Lines">Omitted: cancel the invoice whole. Given: a correction by differences (negative quantities or prices allowed).</param>
/// <param name="Ground">The legal ground, which sets the VERI*FACTU TipoFactura: <c>error</c> (default; R1: art. 80 Uno, Dos y Seis
/// LIVA or an error founded in law: returns, discounts, cancelled operations, wrong data), <c>insolvency</c> (R2: art. 80.Tres, the
/// customer is in insolvency proceedings), <c>uncollectible</c> (R3: art. 80.Cuatro, an uncollectible debt), <c>other</c> (R4).
/// R5 is for simplified invoices, which this API does not issue.</param>
public sealed record CorrectInvoiceInput(string? Reason, IReadOnlyList<InvoiceLineInput?>? Lines, CorrectionGround? Ground = null)
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
