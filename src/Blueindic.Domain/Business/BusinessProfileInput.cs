using Blueindic.Domain.Clients;
using Blueindic.Domain.Common;
using Blueindic.Domain.Invoices;

namespace Blueindic.Domain.Business;

/// <summary>The business profile as the user sends it: every editable field, replacing the profile whole. The tax id stays as registered.</summary>
/// <param name="TradeName">The name the business trades and invoices under (1–200 characters).</param>
/// <param name="LegalName">Razón social, when it differs from the trade name.</param>
/// <param name="Address">Printed on invoices, so required (line 1, city and postal code): an invoice must give the issuer's domicile (RD 1619/2012, art. 6).</param>
/// <param name="Iban">ISO 13616, checked by its check digits; spaces and lower case accepted, stored compact.</param>
/// <param name="Website">http or https; without a scheme https is assumed.</param>
/// <param name="DefaultPaymentTermsDays">Terms of clients registered without their own (0–365, default 30).</param>
/// <param name="DefaultSeries">The series of invoices issued without one (1–10 upper-case letters or digits, not R; default F).</param>
public sealed record BusinessProfileInput(
    string? TradeName,
    string? LegalName = null,
    AddressInput? Address = null,
    string? Email = null,
    string? Phone = null,
    string? Iban = null,
    string? Website = null,
    int? DefaultPaymentTermsDays = null,
    string? DefaultSeries = null)
{
    /// <summary>The profile as a PUT would send it, every field given: what a merge patch applies to.</summary>
    public static BusinessProfileInput Of(BusinessDetails d) =>
        new(d.TradeName, d.LegalName, d.Address is { } a ? AddressInput.Of(a) : null, d.Email, d.Phone, d.Iban, d.Website,
            d.DefaultPaymentTermsDays, d.DefaultSeries);

    /// <summary>The profile, validated and normalised; refuses the input with every field error found.</summary>
    public static BusinessDetails Validated(BusinessProfileInput? input)
    {
        if (input is null) throw new DomainValidationException("body", "A JSON object is required.");
        var errors = new ValidationErrors();
        var tradeName = FreeText.Required(input.TradeName, "tradeName", 200, errors);
        var legalName = FreeText.Read(input.LegalName, "legalName", 200, errors);
        var address = RequiredAddress(input.Address, errors);

        string? email = null;
        if (!string.IsNullOrWhiteSpace(input.Email) && !Common.Email.TryNormalise(input.Email, out email))
            errors.Add("email", "Not a valid e-mail address.");
        var phone = PhoneNumber.Read(input.Phone, "phone", errors);

        string? iban = null;
        if (!string.IsNullOrWhiteSpace(input.Iban))
        {
            if (Common.Iban.TryNormalise(input.Iban, out var compact, out var error)) iban = compact;
            else errors.Add("iban", error);
        }
        var website = WebAddress.Read(input.Website, "website", errors);

        var terms = input.DefaultPaymentTermsDays ?? ClientDetails.DefaultPaymentTermsDays;
        if (terms is < 0 or > ClientDetails.MaxPaymentTermsDays)
            errors.Add("defaultPaymentTermsDays", $"Payment terms are 0 to {ClientDetails.MaxPaymentTermsDays} days.");
        var series = string.IsNullOrWhiteSpace(input.DefaultSeries) ? InvoiceDecisions.DefaultSeries : input.DefaultSeries.Trim();
        InvoiceSeries.Check(series, "defaultSeries", errors);

        errors.ThrowIfAny();
        return new BusinessDetails(tradeName!, legalName, address, email, phone, iban, website, terms, series);
    }

    // Every invoice issued from the profile prints this address: one that says where nothing is is refused.
    private static Address? RequiredAddress(AddressInput? input, ValidationErrors errors)
    {
        if (input is null)
        {
            errors.Add("address", "The address is required: invoices print it (line 1, city and postal code).");
            return null;
        }
        var address = input.ToAddress(errors);
        if (string.IsNullOrWhiteSpace(input.Line1)) errors.Add("address.line1", "Required.");
        if (string.IsNullOrWhiteSpace(input.City)) errors.Add("address.city", "Required.");
        if (string.IsNullOrWhiteSpace(input.PostalCode)) errors.Add("address.postalCode", "Required.");
        return address;
    }
}
