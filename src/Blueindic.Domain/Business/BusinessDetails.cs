using Blueindic.Domain.Clients;
using Blueindic.Domain.Invoices;

namespace Blueindic.Domain.Business;

/// <summary>The editable business profile, validated and normalised.</summary>
public sealed record BusinessDetails(
    string TradeName,
    string? LegalName,
    Address? Address,
    string? Email,
    string? Phone,
    string? Iban,
    string? Website,
    int DefaultPaymentTermsDays,
    string DefaultSeries)
{
    /// <summary>The profile of a business that never edited it: what it registered with.</summary>
    public static BusinessDetails Registered(string name, Address? address) =>
        new(name, null, address, null, null, null, null, ClientDetails.DefaultPaymentTermsDays, InvoiceDecisions.DefaultSeries);
}
