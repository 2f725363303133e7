using Blueindic.Domain.Common;

namespace Blueindic.Domain.Clients;

/// <summary>
/// Only what changed: a null field is unchanged, unless named in <see cref="Cleared"/> (by the names in
/// <see cref="Fields"/>). A stored contract: its shape is pinned by the event approval test.
/// <see cref="Language"/> and <see cref="Reminders"/> came later, optional: events stored without them changed neither.
/// <see cref="Dir3"/> too: the three codes change together, and leave by <see cref="Fields.Dir3"/> in <see cref="Cleared"/>.
/// </summary>
public sealed record ClientDetailsChanged(
    Guid ClientId,
    string? Name,
    string? LegalName,
    string? TaxId,
    string? Email,
    string? Phone,
    EventAddress? Address,
    int? PaymentTermsDays,
    bool? EquivalenceSurcharge,
    string? Notes,
    IReadOnlyList<string>? Cleared,
    string? Language = null,
    bool? Reminders = null,
    Dir3Codes? Dir3 = null)
{
    /// <summary>The names <see cref="Cleared"/> stores: part of the contract, whatever the C# properties are called.</summary>
    public static class Fields
    {
        public const string LegalName = "LegalName";
        public const string TaxId = "TaxId";
        public const string Email = "Email";
        public const string Phone = "Phone";
        public const string Notes = "Notes";
        public const string Dir3 = "Dir3";
    }
}
