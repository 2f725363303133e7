using Blueindic.Domain.Common;

namespace Blueindic.Domain.Business;

/// <summary>
/// The business edited its profile. Holds the whole editable profile after the edit (the edit
/// replaces it whole), so each entry of the history reads on its own.
/// </summary>
public sealed record BusinessProfileChanged(
    Guid ProfileId,
    string TradeName,
    string? LegalName,
    EventAddress? Address,
    string? Email,
    string? Phone,
    string? Iban,
    string? Website,
    int DefaultPaymentTermsDays,
    string DefaultSeries)
{
    public static BusinessProfileChanged Of(Guid profileId, BusinessDetails d) => new(profileId, d.TradeName, d.LegalName,
        d.Address is { } a ? EventAddress.Of(a) : null, d.Email, d.Phone, d.Iban, d.Website, d.DefaultPaymentTermsDays, d.DefaultSeries);

    public BusinessDetails ToDetails() => new(TradeName, LegalName, Address?.ToAddress(), Email, Phone, Iban, Website,
        DefaultPaymentTermsDays, DefaultSeries);
}
