using Blueindic.Domain.Common;

namespace Blueindic.Domain.Clients;

/// <summary>Client details as a user typed them. Omitted optional fields take their defaults.</summary>
/// <param name="Name">Trade name the business uses for the client (1–200 characters).</param>
/// <param name="LegalName">Razón social, the registered name.</param>
/// <param name="TaxId">NIF, NIE, CIF, or an EU VAT number with its country prefix.</param>
/// <param name="PaymentTermsDays">Days from issue to due date (0–365, default 30).</param>
/// <param name="EquivalenceSurcharge">Whether the client is under recargo de equivalencia.</param>
/// <param name="Language">The language of mails to the client: es (default) or en.</param>
/// <param name="Reminders">Whether automatic payment reminders go to the client (default true).</param>
/// <param name="Dir3">For a public administration: its three DIR3 codes (all or none), which a Facturae file carries.</param>
public sealed record ClientDetailsInput(
    string? Name,
    string? LegalName = null,
    string? TaxId = null,
    string? Email = null,
    string? Phone = null,
    AddressInput? Address = null,
    int? PaymentTermsDays = null,
    bool? EquivalenceSurcharge = null,
    string? Notes = null,
    string? Language = null,
    bool? Reminders = null,
    Dir3Input? Dir3 = null)
{
    /// <summary>The details as a PUT would send them, every field given: what a merge patch applies to.</summary>
    public static ClientDetailsInput Of(ClientDetails d) =>
        new(d.Name, d.LegalName, d.TaxId, d.Email, d.Phone, AddressInput.Of(d.Address), d.PaymentTermsDays, d.EquivalenceSurcharge, d.Notes,
            d.Language, d.Reminders, Dir3Input.Of(d.Dir3));

    /// <summary>The details, validated and normalised; refuses the input with every field error found.</summary>
    /// <param name="defaultPaymentTermsDays">The terms when the input has none: the business profile's default.</param>
    public static ClientDetails Validated(ClientDetailsInput? input, int defaultPaymentTermsDays = ClientDetails.DefaultPaymentTermsDays)
    {
        if (input is null) throw new DomainValidationException("body", "A JSON object is required.");
        var errors = new ValidationErrors();
        var details = input.ToDetails(errors, defaultPaymentTermsDays);
        errors.ThrowIfAny();
        return details!;
    }

    /// <summary>Validates and normalises; returns null and fills <paramref name="errors"/> when refused.</summary>
    public ClientDetails? ToDetails(ValidationErrors errors, int defaultPaymentTermsDays = ClientDetails.DefaultPaymentTermsDays)
    {
        var name = FreeText.Read(Name, "name", 200, errors);
        if (name is null && errors.IsEmpty) errors.Add("name", "A name is required.");
        var legalName = FreeText.Read(LegalName, "legalName", 200, errors);
        var notes = FreeText.Read(Notes, "notes", 2000, errors);

        string? taxId = null;
        if (!string.IsNullOrWhiteSpace(TaxId))
        {
            if (Common.TaxId.TryParse(TaxId, out var parsed, out var error)) taxId = parsed.Value;
            else errors.Add("taxId", error);
        }

        string? email = null;
        if (!string.IsNullOrWhiteSpace(Email) && !Common.Email.TryNormalise(Email, out email))
            errors.Add("email", "Not a valid e-mail address.");

        var phone = PhoneNumber.Read(Phone, "phone", errors);

        var address = (Address ?? new AddressInput()).ToAddress(errors);

        var terms = PaymentTermsDays ?? defaultPaymentTermsDays;
        if (terms is < 0 or > ClientDetails.MaxPaymentTermsDays)
            errors.Add("paymentTermsDays", $"Payment terms are 0 to {ClientDetails.MaxPaymentTermsDays} days.");

        var language = Language ?? ClientLanguage.Default;
        if (!ClientLanguage.IsKnown(language)) errors.Add("language", "The language of mails: es or en.");

        var dir3 = Dir3?.ToCodes(errors);

        return errors.IsEmpty
            ? new ClientDetails(name!, legalName, taxId, email, phone, address!, terms, EquivalenceSurcharge ?? false, notes, language,
                Reminders ?? true, dir3)
            : null;
    }
}
