using System.Globalization;
using System.Xml.Linq;
using Blueindic.Domain.Clients;
using Blueindic.Domain.Common;
using Blueindic.Domain.Invoices;
using static Blueindic.Api.Facturae.FacturaeText;

namespace Blueindic.Api.Facturae;

/// <summary>
/// A seller or buyer (<c>BusinessType</c>) from an invoice's party snapshot. Its tax id decides the kind:
/// a CIF is a legal entity (J); a DNI, NIE or K/L/M NIF is a natural person (F, <c>Individual</c>, the
/// name split by <see cref="PersonName"/>); an EU VAT number is a legal entity resident in the EU (U),
/// as the number alone cannot tell a person. Spanish tax ids are resident (R). The address decides
/// AddressInSpain (country ES) or OverseasAddress.
/// </summary>
internal static class FacturaeParty
{
    /// <summary>What this party lacks for a valid file, or null: a tax id, an address, a Spanish postal code, a known country.</summary>
    public static string? Gap(InvoiceIssued.Party party, string who)
    {
        if (party.TaxId is null || !TaxId.TryParse(party.TaxId, out _, out _)) return $"{who} has no tax id (NIF or EU VAT number).";
        if (party.Address is not { } a) return $"{who} has no address.";
        if (a.Country == CountryCode.Spain && SpanishProvinces.OfPostCode(a.PostalCode) is null) return $"{who}'s address in Spain has no valid postal code.";
        if (Alpha3(a.Country) is null) return $"{who}'s country ({a.Country}) has no ISO 3166-1 alpha-3 code.";
        return null;
    }

    /// <param name="centres">The buyer's DIR3 codes: the three administrative centres (roles 01, 02, 03).</param>
    public static XElement Of(string element, InvoiceIssued.Party party, Dir3Codes? centres = null)
    {
        var taxId = TaxId.Parse(party.TaxId!);
        var person = taxId.Kind is TaxIdKind.Dni or TaxIdKind.Nie or TaxIdKind.NifKlm;
        var address = Address(party.Address!);
        return new XElement(element,
            new XElement("TaxIdentification",
                new XElement("PersonTypeCode", person ? "F" : "J"),
                new XElement("ResidenceTypeCode", taxId.Kind == TaxIdKind.EuVat ? "U" : "R"),
                new XElement("TaxIdentificationNumber", taxId.Value)),
            centres is null ? null : Centres(centres, address),
            person ? Individual(party, address) : LegalEntity(party, address));
    }

    private static XElement LegalEntity(InvoiceIssued.Party p, XElement address) => new("LegalEntity",
        new XElement("CorporateName", Max(p.LegalName ?? p.Name, 80)),
        p.LegalName is not null && p.LegalName != p.Name ? new XElement("TradeName", Max(p.Name, 40)) : null,
        address,
        Contact(p));

    private static XElement Individual(InvoiceIssued.Party p, XElement address)
    {
        var name = PersonName.Split(p.LegalName ?? p.Name);
        return new XElement("Individual",
            new XElement("Name", Max(name.Name, 40)),
            new XElement("FirstSurname", Max(name.FirstSurname, 40)),
            name.SecondSurname is { } second ? new XElement("SecondSurname", Max(second, 40)) : null,
            address,
            Contact(p));
    }

    private static XElement Centres(Dir3Codes codes, XElement address) => new("AdministrativeCentres",
        Centre(codes.AccountingOffice, "01", "Oficina contable", address),
        Centre(codes.ManagementBody, "02", "Órgano gestor", address),
        Centre(codes.ProcessingUnit, "03", "Unidad tramitadora", address));

    private static XElement Centre(string code, string role, string description, XElement address) => new("AdministrativeCentre",
        new XElement("CentreCode", code),
        new XElement("RoleTypeCode", role),
        new XElement(address),
        new XElement("CentreDescription", description));

    private static XElement Address(EventAddress a) => a.Country == CountryCode.Spain
        ? new XElement("AddressInSpain",
            new XElement("Address", Max(a.Line1, 80)),
            new XElement("PostCode", a.PostalCode),
            new XElement("Town", Max(a.City, 50)),
            // Without a province, the postal code's: its first two digits are the province's code.
            new XElement("Province", Max(string.IsNullOrWhiteSpace(a.Province) ? SpanishProvinces.OfPostCode(a.PostalCode) : a.Province, 20)),
            new XElement("CountryCode", "ESP"))
        : new XElement("OverseasAddress",
            new XElement("Address", Max(a.Line1, 80)),
            new XElement("PostCodeAndTown", Max(string.Join(' ', new[] { a.PostalCode, a.City }.Where(s => !string.IsNullOrWhiteSpace(s))), 50)),
            new XElement("Province", Max(a.Province ?? a.City, 20)),
            new XElement("CountryCode", Alpha3(a.Country)));

    // Only what fits the schema's lengths: the invoice itself keeps every contact detail.
    private static XElement? Contact(InvoiceIssued.Party p)
    {
        XElement? Item(string name, string? value, int max) => value is { Length: > 0 } v && v.Length <= max ? new XElement(name, v) : null;
        var items = new[] { Item("Telephone", p.Phone, 15), Item("WebAddress", p.Website, 60), Item("ElectronicMail", p.Email, 60) }.OfType<XElement>().ToList();
        return items.Count == 0 ? null : new XElement("ContactDetails", items);
    }

    /// <summary>Facturae's CountryType is ISO 3166-1 alpha-3; addresses here keep alpha-2.</summary>
    private static string? Alpha3(string alpha2)
    {
        try { return new RegionInfo(alpha2).ThreeLetterISORegionName; }
        catch (ArgumentException) { return null; }
    }
}
