using Blueindic.Domain.Common;

namespace Blueindic.Domain.Clients;

public sealed record Address(string? Line1, string? City, string? PostalCode, string? Province, string Country)
{
    public static readonly Address Empty = new(null, null, null, null, CountryCode.Spain);
}

/// <summary>The editable details of a client, already validated and normalised.</summary>
public sealed record ClientDetails(
    string Name,
    string? LegalName,
    string? TaxId,
    string? Email,
    string? Phone,
    Address Address,
    int PaymentTermsDays,
    bool EquivalenceSurcharge,
    string? Notes)
{
    public const int DefaultPaymentTermsDays = 30;
    public const int MaxPaymentTermsDays = 365;

    /// <summary>Applies a change event: named fields take their new value, cleared fields become null.</summary>
    public ClientDetails Apply(ClientDetailsChanged e)
    {
        bool Cleared(string field) => e.Cleared?.Contains(field) == true;
        return new ClientDetails(
            e.Name ?? Name,
            Cleared(nameof(LegalName)) ? null : e.LegalName ?? LegalName,
            Cleared(nameof(TaxId)) ? null : e.TaxId ?? TaxId,
            Cleared(nameof(Email)) ? null : e.Email ?? Email,
            Cleared(nameof(Phone)) ? null : e.Phone ?? Phone,
            e.Address ?? Address,
            e.PaymentTermsDays ?? PaymentTermsDays,
            e.EquivalenceSurcharge ?? EquivalenceSurcharge,
            Cleared(nameof(Notes)) ? null : e.Notes ?? Notes);
    }

    /// <summary>The change from this to <paramref name="next"/>, or null when nothing differs.</summary>
    public ClientDetailsChanged? Diff(Guid clientId, ClientDetails next)
    {
        var cleared = new List<string>();
        T? Changed<T>(T? before, T? after, string field) where T : class
        {
            if (Equals(before, after)) return null;
            if (after is null) cleared.Add(field);
            return after;
        }
        TV? ChangedValue<TV>(TV before, TV after) where TV : struct => Equals(before, after) ? null : after;

        var change = new ClientDetailsChanged(
            clientId,
            Changed(Name, next.Name, nameof(Name)),
            Changed(LegalName, next.LegalName, nameof(LegalName)),
            Changed(TaxId, next.TaxId, nameof(TaxId)),
            Changed(Email, next.Email, nameof(Email)),
            Changed(Phone, next.Phone, nameof(Phone)),
            Changed(Address, next.Address, nameof(Address)),
            ChangedValue(PaymentTermsDays, next.PaymentTermsDays),
            ChangedValue(EquivalenceSurcharge, next.EquivalenceSurcharge),
            Changed(Notes, next.Notes, nameof(Notes)),
            cleared);
        return Apply(change) == this ? null : change;
    }
}
