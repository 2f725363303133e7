using Blueindic.Domain.Common;

namespace Blueindic.Api.Invoices;

/// <param name="Reason">Why (1–500 characters); kept in the event.</param>
public sealed record ReasonInput(string? Reason)
{
    /// <summary>The trimmed reason; refuses a missing, blank or over-long one.</summary>
    public static string Validated(ReasonInput? input)
    {
        var errors = new ValidationErrors();
        var reason = FreeText.Required(input?.Reason, "reason", 500, errors);
        errors.ThrowIfAny();
        return reason!;
    }
}
