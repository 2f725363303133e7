using Blueindic.Domain.Common;
using Blueindic.Domain.Invoices;

namespace Blueindic.Api.Invoices;

/// <param name="Amount">Default: all that is still to collect (one-click "collected").</param>
/// <param name="Date">Default: today. Not before the invoice, not in the future.</param>
/// <param name="Method">transfer (default), cash, card, directDebit or other.</param>
/// <param name="Reference">E.g. the bank transfer's reference (up to 200 characters).</param>
public sealed record RecordPaymentInput(decimal? Amount, DateOnly? Date, PaymentMethod? Method, string? Reference)
{
    /// <summary>The input with its reference trimmed; refuses an over-long or unprintable one. No body: collect all.</summary>
    public static RecordPaymentInput Validated(RecordPaymentInput? input)
    {
        var errors = new ValidationErrors();
        var reference = FreeText.Read(input?.Reference, "reference", 200, errors);
        errors.ThrowIfAny();
        return (input ?? new RecordPaymentInput(null, null, null, null)) with { Reference = reference };
    }
}
