using Blueindic.Domain.Clients;
using Blueindic.Projections.Clients;

namespace Blueindic.Api.Clients;

/// <summary>A client as the API shows it.</summary>
/// <param name="Language">The language of mails to the client: es or en.</param>
/// <param name="Reminders">Whether automatic payment reminders go to the client.</param>
/// <param name="Dir3">The DIR3 codes of a public administration (oficina contable, órgano gestor, unidad tramitadora), or null.</param>
/// <param name="Version">The stream version; also sent as the <c>ETag</c> header.</param>
public sealed record ClientResponse(
    Guid Id,
    string Name,
    string? LegalName,
    string? TaxId,
    string? Email,
    string? Phone,
    Address Address,
    int PaymentTermsDays,
    bool EquivalenceSurcharge,
    string? Notes,
    string Language,
    bool Reminders,
    Dir3Codes? Dir3,
    bool Archived,
    DateTimeOffset CreatedAt,
    long Version)
{
    public static ClientResponse From(ClientView v) => new(
        Id: v.Id, Name: v.Details.Name, LegalName: v.Details.LegalName, TaxId: v.Details.TaxId, Email: v.Details.Email,
        Phone: v.Details.Phone, Address: v.Details.Address, PaymentTermsDays: v.Details.PaymentTermsDays,
        EquivalenceSurcharge: v.Details.EquivalenceSurcharge, Notes: v.Details.Notes, Language: v.Details.Language,
        Reminders: v.Details.Reminders, Dir3: v.Details.Dir3, Archived: v.Archived,
        CreatedAt: v.CreatedAt, Version: v.Version);
}
