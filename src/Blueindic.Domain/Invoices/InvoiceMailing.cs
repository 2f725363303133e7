using Blueindic.Domain.Common;

namespace Blueindic.Domain.Invoices;

/// <summary>The rules of sending an invoice by email, pure.</summary>
public static class InvoiceMailing
{
    public const int MaxRecipients = 10;

    /// <summary>
    /// Whom to send to: <paramref name="to"/> as given, or else the client's email (409 when it has none);
    /// every address normalised, a malformed one refused as 422, repeats dropped.
    /// </summary>
    public static (IReadOnlyList<string> To, IReadOnlyList<string> Cc) Recipients(IReadOnlyList<string>? to, IReadOnlyList<string>? cc, string? clientEmail)
    {
        if ((to is null || to.Count == 0) && clientEmail is null)
            throw new DomainConflictException("The client has no email address: give one in `to`, or add it to the client.");
        var errors = new ValidationErrors();
        var toList = to is { Count: > 0 } ? Addresses(to, "to", errors) : [clientEmail!];
        var ccList = Addresses(cc ?? [], "cc", errors).Except(toList, StringComparer.OrdinalIgnoreCase).ToList();
        if (!errors.IsEmpty) throw new DomainValidationException(errors) { Unprocessable = true };
        return (toList, ccList);
    }

    public static InvoiceSent Send(Invoice invoice, IReadOnlyList<string> to, IReadOnlyList<string> cc, string messageId, DateTimeOffset at) =>
        new(invoice.Id, to, cc, messageId, at);

    private static List<string> Addresses(IReadOnlyList<string> raw, string field, ValidationErrors errors)
    {
        if (raw.Count > MaxRecipients) errors.Add(field, $"At most {MaxRecipients} addresses.");
        var addresses = new List<string>();
        for (var i = 0; i < raw.Count; i++)
        {
            if (raw[i] is { } text && Email.TryNormalise(text, out var email)) addresses.Add(email);
            else errors.Add($"{field}[{i}]", "Not an email address.");
        }
        return addresses.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }
}
