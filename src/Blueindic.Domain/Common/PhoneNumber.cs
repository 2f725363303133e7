using System.Text.RegularExpressions;

namespace Blueindic.Domain.Common;

/// <summary>A phone number as people write it: digits with spaces, '+', '-', '.', and parentheses; 6 to 15 digits.</summary>
public static partial class PhoneNumber
{
    /// <returns>The trimmed number, or null when empty; adds an error to <paramref name="field"/> when it is not one.</returns>
    public static string? Read(string? value, string field, ValidationErrors errors)
    {
        var phone = FreeText.Read(value, field, 30, errors);
        if (phone is not null && !Shape().IsMatch(phone))
            errors.Add(field, "A phone number holds digits, spaces, '+', '-', '.', and parentheses, with 6 to 15 digits.");
        return phone;
    }

    [GeneratedRegex(@"^(?=(?:\D*\d){6,15}\D*$)\+?[0-9 ().\-]+$")] private static partial Regex Shape();
}
