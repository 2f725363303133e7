using Blueindic.Domain.Common;
using Blueindic.Api.Http;

namespace Blueindic.Api.Invoices;

/// <param name="Reason">Why (1–500 characters); kept in the event.</param>
public sealed record ReasonInput(string? Reason)
{
    /// <summary>The trimmed reason, or the 400 to answer.</summary>
    public static IResult? Check(ReasonInput? input, out string reason)
    {
        var errors = new ValidationErrors();
        reason = FreeText.Required(input?.Reason, "reason", 500, errors) ?? "";
        return errors.IsEmpty ? null : Problems.Validation(errors);
    }
}
