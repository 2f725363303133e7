using Blueindic.Domain.Common;

namespace Blueindic.Domain.Clients;

/// <summary>A client was registered. A stored contract: its shape is pinned by the event approval test.</summary>
public sealed record ClientRegistered(Guid ClientId, ClientRegistered.ClientData Details, DateTimeOffset RegisteredAt)
{
    public static ClientRegistered Of(Guid clientId, ClientDetails d, DateTimeOffset at) => new(clientId,
        new ClientData(d.Name, d.LegalName, d.TaxId, d.Email, d.Phone, EventAddress.Of(d.Address), d.PaymentTermsDays,
            d.EquivalenceSurcharge, d.Notes, d.Language, d.Reminders, d.Dir3), at);

    public ClientDetails ToDetails() => new(Details.Name, Details.LegalName, Details.TaxId, Details.Email, Details.Phone,
        Details.Address.ToAddress(), Details.PaymentTermsDays, Details.EquivalenceSurcharge, Details.Notes, Details.Language, Details.Reminders,
        Details.Dir3);

    /// <param name="Language">Added later, optional: an event stored without it reads as the default, Spanish.</param>
    /// <param name="Reminders">Added later, optional: an event stored without it reads as true.</param>
    /// <param name="Dir3">Added later, optional: an event stored without it has no DIR3 codes.</param>
    public sealed record ClientData(string Name, string? LegalName, string? TaxId, string? Email, string? Phone, EventAddress Address,
        int PaymentTermsDays, bool EquivalenceSurcharge, string? Notes, string Language = ClientLanguage.Default, bool Reminders = true,
        Dir3Codes? Dir3 = null);
}
