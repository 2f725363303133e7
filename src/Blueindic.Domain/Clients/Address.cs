using Blueindic.Domain.Common;

namespace Blueindic.Domain.Clients;

public sealed record Address(string? Line1, string? City, string? PostalCode, string? Province, string Country)
{
    public static readonly Address Empty = new(null, null, null, null, CountryCode.Spain);
}
