namespace Blueindic.Domain.Common;

/// <summary>
/// A web site's address as a business prints it: http or https, a host of dotted labels. Written
/// without a scheme ("www.estudio.es") it is taken as https. Only those two schemes: the address is
/// shown as a link, and <c>javascript:</c> must never become one.
/// </summary>
public static class WebAddress
{
    /// <returns>The address with its scheme, or null when empty; adds an error when it is not one.</returns>
    public static string? Read(string? value, string field, ValidationErrors errors)
    {
        var text = FreeText.Read(value, field, 200, errors);
        if (text is null) return null;
        var withScheme = text.Contains("://", StringComparison.Ordinal) ? text : "https://" + text;
        if (!Uri.TryCreate(withScheme, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")
            || !uri.Host.Contains('.') || uri.Host.StartsWith('.') || uri.Host.EndsWith('.') || text.Any(char.IsWhiteSpace))
        {
            errors.Add(field, "A web address such as https://www.example.es (http or https).");
            return null;
        }
        return withScheme;
    }
}
