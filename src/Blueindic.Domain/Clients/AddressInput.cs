using Blueindic.Domain.Common;

namespace Blueindic.Domain.Clients;

/// <param name="Country">ISO 3166-1 alpha-2 code, default ES.</param>
public sealed record AddressInput(
    string? Line1 = null, string? City = null, string? PostalCode = null, string? Province = null, string? Country = null)
{
    public static AddressInput Of(Address a) => new(a.Line1, a.City, a.PostalCode, a.Province, a.Country);

    public Address? ToAddress(ValidationErrors errors)
    {
        var country = CountryCode.Spain;
        if (!string.IsNullOrWhiteSpace(Country) && !CountryCode.TryNormalise(Country, out country))
            errors.Add("address.country", "Not an ISO 3166-1 alpha-2 country code.");
        var postalCode = FreeText.Read(PostalCode, "address.postalCode", 10, errors);
        if (country == CountryCode.Spain && postalCode is not null && !IsSpanishPostalCode(postalCode))
            errors.Add("address.postalCode", "A Spanish postal code is 5 digits starting 01 to 52.");
        return new Address(
            FreeText.Read(Line1, "address.line1", 200, errors),
            FreeText.Read(City, "address.city", 100, errors),
            postalCode,
            FreeText.Read(Province, "address.province", 100, errors),
            country);
    }

    private static bool IsSpanishPostalCode(string code) =>
        code.Length == 5 && code.All(char.IsAsciiDigit) && int.Parse(code[..2]) is >= 1 and <= 52;
}
