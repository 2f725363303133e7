using Blueindic.Domain.Common;

namespace Blueindic.Api.Invoices;

/// <param name="To">Recipients (at most 10); the client's email when left out.</param>
/// <param name="Cc">Copies (at most 10).</param>
/// <param name="Message">A few words above the standard text (at most 2000 characters; line breaks kept).</param>
public sealed record SendInvoiceInput(IReadOnlyList<string>? To, IReadOnlyList<string>? Cc, string? Message)
{
    public const int MaxMessageLength = 2000;

    /// <summary>The message, trimmed, with its line breaks as \n; each line under the rules of typed text.</summary>
    public static string? ValidatedMessage(SendInvoiceInput? input)
    {
        var errors = new ValidationErrors();
        var text = input?.Message?.Replace("\r\n", "\n").Trim();
        if (string.IsNullOrEmpty(text)) return null;
        if (text.Length > MaxMessageLength) errors.Add("message", $"At most {MaxMessageLength} characters.");
        foreach (var line in text.Split('\n')) FreeText.Read(line, "message", MaxMessageLength, errors);
        errors.ThrowIfAny();
        return text;
    }
}
