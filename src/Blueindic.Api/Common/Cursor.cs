using System.Text;

namespace Blueindic.Api.Common;

/// <summary>Opaque keyset cursors: the sort key of the last item, base64url-encoded.</summary>
public static class Cursor
{
    public const int DefaultLimit = 25;
    public const int MaxLimit = 100;

    /// <summary>Reads a list's <c>limit</c> and <c>cursor</c>; the 400 to answer when either is wrong, else null.</summary>
    public static IResult? Read(int? limit, string? cursor, out int take, out string after)
    {
        take = limit ?? DefaultLimit;
        after = "";
        if (take is < 1 or > MaxLimit) return Problems.Validation("limit", $"limit is 1 to {MaxLimit}.");
        if (cursor is not null && !TryDecode(cursor, out after)) return Problems.Validation("cursor", "Not a cursor this API gave.");
        return null;
    }

    public static string Encode(string sortKey) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(sortKey)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static bool TryDecode(string cursor, out string sortKey)
    {
        sortKey = "";
        var b64 = cursor.Replace('-', '+').Replace('_', '/');
        b64 += new string('=', (4 - b64.Length % 4) % 4);
        var bytes = new byte[b64.Length];
        if (!Convert.TryFromBase64String(b64, bytes, out var n)) return false;
        sortKey = Encoding.UTF8.GetString(bytes, 0, n);
        return !sortKey.Any(char.IsControl);
    }
}
