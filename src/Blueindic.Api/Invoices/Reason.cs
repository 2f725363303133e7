using Blueindic.Api.Common;

namespace Blueindic.Api.Invoices;

/// <param name="Reason">Why (1–500 characters); kept in the event.</param>
public sealed record ReasonInput(string? Reason)
{
    /// <summary>The trimmed reason, or the 400 to answer.</summary>
    public static IResult? Check(ReasonInput? input, out string reason)
    {
        reason = input?.Reason?.Trim() ?? "";
        return reason.Length is 0 or > 500 ? Problems.Validation("reason", "A reason of 1 to 500 characters is required.") : null;
    }
}
