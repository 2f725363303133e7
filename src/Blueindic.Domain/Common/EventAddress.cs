using Blueindic.Domain.Clients;

namespace Blueindic.Domain.Common;

/// <summary>
/// An address as events store it: part of their contract, so renaming <see cref="Address"/> never
/// changes what is stored.
/// </summary>
public sealed record EventAddress(string? Line1, string? City, string? PostalCode, string? Province, string Country)
{
    public static EventAddress Of(Address a) => new(a.Line1, a.City, a.PostalCode, a.Province, a.Country);

    public Address ToAddress() => new(Line1, City, PostalCode, Province, Country);
}
