using System.Security.Cryptography;
using System.Text;

namespace Blueindic.Api.Auth;

/// <summary>
/// API keys look like <c>bik_&lt;key id&gt;_&lt;secret&gt;</c>: the key id finds the stored credential
/// in one lookup, and only the SHA-256 of the whole key is ever stored. The 256-bit random secret
/// makes a slow password hash unnecessary.
/// </summary>
public static class ApiKeys
{
    private const string Prefix = "bik_";

    public static string Generate(Guid keyId) =>
        $"{Prefix}{keyId:N}_{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32))}";

    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    public static bool TryReadKeyId(string key, out Guid keyId)
    {
        keyId = Guid.Empty;
        return key.StartsWith(Prefix, StringComparison.Ordinal)
            && key.Length == Prefix.Length + 32 + 1 + 64
            && key[Prefix.Length + 32] == '_'
            && Guid.TryParseExact(key.AsSpan(Prefix.Length, 32), "N", out keyId);
    }

    public static bool HashMatches(string key, string storedHash) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(key)), Encoding.ASCII.GetBytes(storedHash));

    public static bool SecretEquals(string a, string b) =>
        CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(a)), SHA256.HashData(Encoding.UTF8.GetBytes(b)));
}
