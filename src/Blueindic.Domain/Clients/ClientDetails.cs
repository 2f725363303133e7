using Blueindic.Domain.Common;

namespace Blueindic.Domain.Clients;

/// <summary>The editable details of a client, already validated and normalised.</summary>
/// <param name="Language">What mails to the client are written in (<see cref="ClientLanguage"/>).</param>
/// <param name="Reminders">Whether automatic payment reminders go to the client.</param>
/// <param name="Dir3">The DIR3 codes of a client that is a public administration (FACe), or null.</param>
public sealed record ClientDetails(
    string Name,
    string? LegalName,
    string? TaxId,
    string? Email,
    string? Phone,
    Address Address,
    int PaymentTermsDays,
    bool EquivalenceSurcharge,
    string? Notes,
    // Defaults here too: views stored before these fields existed read as them.
    string Language = ClientLanguage.Default,
    bool Reminders = true,
    Dir3Codes? Dir3 = null)
{
    public const int DefaultPaymentTermsDays = 30;
    public const int MaxPaymentTermsDays = 365;

    /// <summary>Applies a change event: named fields take their new value, cleared fields become null.</summary>
    public ClientDetails Apply(ClientDetailsChanged e)
    {
        bool Cleared(string field) => e.Cleared?.Contains(field) == true;
        return new ClientDetails(
            e.Name ?? Name,
            Cleared(ClientDetailsChanged.Fields.LegalName) ? null : e.LegalName ?? LegalName,
            Cleared(ClientDetailsChanged.Fields.TaxId) ? null : e.TaxId ?? TaxId,
            Cleared(ClientDetailsChanged.Fields.Email) ? null : e.Email ?? Email,
            Cleared(ClientDetailsChanged.Fields.Phone) ? null : e.Phone ?? Phone,
            e.Address?.ToAddress() ?? Address,
            e.PaymentTermsDays ?? PaymentTermsDays,
            e.EquivalenceSurcharge ?? EquivalenceSurcharge,
            Cleared(ClientDetailsChanged.Fields.Notes) ? null : e.Notes ?? Notes,
            e.Language ?? Language,
            e.Reminders ?? Reminders,
            Cleared(ClientDetailsChanged.Fields.Dir3) ? null : e.Dir3 ?? Dir3);
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
            Changed(Name, next.Name, "Name"),
            Changed(LegalName, next.LegalName, ClientDetailsChanged.Fields.LegalName),
            Changed(TaxId, next.TaxId, ClientDetailsChanged.Fields.TaxId),
            Changed(Email, next.Email, ClientDetailsChanged.Fields.Email),
            Changed(Phone, next.Phone, ClientDetailsChanged.Fields.Phone),
            Changed(Address, next.Address, "Address") is { } address ? EventAddress.Of(address) : null,
            ChangedValue(PaymentTermsDays, next.PaymentTermsDays),
            ChangedValue(EquivalenceSurcharge, next.EquivalenceSurcharge),
            Changed(Notes, next.Notes, ClientDetailsChanged.Fields.Notes),
            cleared,
            Changed(Language, next.Language, "Language"),
            ChangedValue(Reminders, next.Reminders),
            Changed(Dir3, next.Dir3, ClientDetailsChanged.Fields.Dir3));
        return Apply(change) == this ? null : change;
    }
}
