using System.Formats.Asn1;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace Blueindic.Api.Facturae;

/// <summary>
/// A distinguished name as RFC 4514 (and RFC 2253, which XML-DSig names for X509IssuerName) writes it:
/// the last RDN first, comma-separated, only the attribute types every parser must know by name (CN, L,
/// ST, O, OU, C, STREET, DC, UID), any other as its dotted OID with the value's DER in hex. That is what
/// Java's X500Principal.getName() writes, which Spanish validators (AutoFirma, VALIDe, @firma) parse.
/// .NET's Name would write "organizationIdentifier=" (2.5.4.97, in the FNMT's newer CAs), a keyword
/// Java's parser refuses, or "OID.1.2.3=" (RFC 1779) for a type it does not know.
/// </summary>
internal static class Rfc4514Name
{
    private static readonly Dictionary<string, string> Known = new()
    {
        ["2.5.4.3"] = "CN", ["2.5.4.7"] = "L", ["2.5.4.8"] = "ST", ["2.5.4.10"] = "O", ["2.5.4.11"] = "OU", ["2.5.4.6"] = "C",
        ["2.5.4.9"] = "STREET", ["0.9.2342.19200300.100.1.25"] = "DC", ["0.9.2342.19200300.100.1.1"] = "UID",
    };

    public static string Format(X500DistinguishedName name)
    {
        var rdns = new List<string>();
        var sequence = new AsnReader(name.RawData, AsnEncodingRules.DER).ReadSequence();
        while (sequence.HasData)
        {
            var set = sequence.ReadSetOf();
            var attributes = new List<string>();
            while (set.HasData)
            {
                var attribute = set.ReadSequence();
                var oid = attribute.ReadObjectIdentifier();
                var value = attribute.ReadEncodedValue();
                attributes.Add(Known.TryGetValue(oid, out var type) && Text(value) is { } text
                    ? $"{type}={Escape(text)}"
                    : $"{oid}=#{Convert.ToHexStringLower(value.Span)}");
            }
            rdns.Add(string.Join('+', attributes));
        }
        rdns.Reverse();
        return string.Join(',', rdns);
    }

    private static string? Text(ReadOnlyMemory<byte> value)
    {
        var reader = new AsnReader(value, AsnEncodingRules.DER);
        var tag = reader.PeekTag();
        if (tag.TagClass != TagClass.Universal) return null;
        return (UniversalTagNumber)tag.TagValue switch
        {
            UniversalTagNumber.UTF8String or UniversalTagNumber.PrintableString or UniversalTagNumber.IA5String
                or UniversalTagNumber.BMPString or UniversalTagNumber.T61String or UniversalTagNumber.VisibleString
                => reader.ReadCharacterString((UniversalTagNumber)tag.TagValue),
            _ => null,
        };
    }

    // RFC 4514 2.4: , + " \ < > ; always; a leading space or #, a trailing space; NUL as \00.
    private static string Escape(string value)
    {
        var b = new StringBuilder();
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c is ',' or '+' or '"' or '\\' or '<' or '>' or ';' || (i == 0 && c is ' ' or '#') || (i == value.Length - 1 && c == ' ')) b.Append('\\').Append(c);
            else if (c == '\0') b.Append("\\00");
            else b.Append(c);
        }
        return b.ToString();
    }
}
