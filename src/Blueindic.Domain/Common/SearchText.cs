using System.Globalization;
using System.Text;

namespace Blueindic.Domain.Common;

/// <summary>Folds text for accent- and case-insensitive search: "Muñoz" and "MUNOZ" both become "munoz".</summary>
public static class SearchText
{
    /// <remarks>
    /// Accepts every string JSON can carry: a non-character (U+FFFE) or a lone surrogate makes
    /// <see cref="string.Normalize(NormalizationForm)"/> throw, so such text is folded character by
    /// character, and a character that cannot be decomposed is kept as it is.
    /// </remarks>
    public static string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var sb = new StringBuilder(text.Length);
        foreach (var c in Decompose(text))
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                sb.Append(char.ToLowerInvariant(c));
        return TryNormalize(sb.ToString(), NormalizationForm.FormC) ?? sb.ToString();
    }

    private static string Decompose(string text)
    {
        if (TryNormalize(text, NormalizationForm.FormD) is { } whole) return whole;
        var sb = new StringBuilder(text.Length);
        foreach (var c in text) sb.Append(TryNormalize(c.ToString(), NormalizationForm.FormD) ?? c.ToString());
        return sb.ToString();
    }

    private static string? TryNormalize(string text, NormalizationForm form)
    {
        try { return text.Normalize(form); }
        catch (ArgumentException) { return null; }
    }
}
