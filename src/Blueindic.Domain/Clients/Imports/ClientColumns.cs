using Blueindic.Domain.Common;

namespace Blueindic.Domain.Clients.Imports;

public static class ClientColumns
{
    /// <summary>The Spanish headers the template and the export write, in their order.</summary>
    public static readonly IReadOnlyList<(ClientColumn Column, string Header)> Spanish =
    [
        (ClientColumn.Id, "Id"),
        (ClientColumn.Name, "Nombre"),
        (ClientColumn.LegalName, "Razón social"),
        (ClientColumn.TaxId, "NIF"),
        (ClientColumn.Email, "Email"),
        (ClientColumn.Phone, "Teléfono"),
        (ClientColumn.Address, "Dirección"),
        (ClientColumn.City, "Población"),
        (ClientColumn.PostalCode, "Código postal"),
        (ClientColumn.Province, "Provincia"),
        (ClientColumn.Country, "País"),
        (ClientColumn.PaymentTermsDays, "Días de pago"),
        (ClientColumn.EquivalenceSurcharge, "Recargo de equivalencia"),
        (ClientColumn.Notes, "Notas"),
        (ClientColumn.Language, "Idioma"),
        (ClientColumn.Reminders, "Recordatorios"),
        (ClientColumn.AccountingOffice, "Oficina contable"),
        (ClientColumn.ManagementBody, "Órgano gestor"),
        (ClientColumn.ProcessingUnit, "Unidad tramitadora"),
        (ClientColumn.Archived, "Archivado"),
    ];

    // Keys are folded: lower case, no accents, letters and digits only.
    private static readonly Dictionary<string, ClientColumn> Aliases = new()
    {
        ["id"] = ClientColumn.Id, ["identificador"] = ClientColumn.Id, ["clientid"] = ClientColumn.Id, ["idcliente"] = ClientColumn.Id,
        ["nombre"] = ClientColumn.Name, ["name"] = ClientColumn.Name, ["nombrecomercial"] = ClientColumn.Name,
        ["tradename"] = ClientColumn.Name, ["cliente"] = ClientColumn.Name, ["clientname"] = ClientColumn.Name,
        ["razonsocial"] = ClientColumn.LegalName, ["legalname"] = ClientColumn.LegalName, ["empresa"] = ClientColumn.LegalName,
        ["company"] = ClientColumn.LegalName, ["companyname"] = ClientColumn.LegalName, ["denominacion"] = ClientColumn.LegalName,
        ["nif"] = ClientColumn.TaxId, ["cif"] = ClientColumn.TaxId, ["nie"] = ClientColumn.TaxId, ["dni"] = ClientColumn.TaxId,
        ["nifcif"] = ClientColumn.TaxId, ["cifnif"] = ClientColumn.TaxId, ["taxid"] = ClientColumn.TaxId, ["vat"] = ClientColumn.TaxId,
        ["vatnumber"] = ClientColumn.TaxId, ["nifiva"] = ClientColumn.TaxId,
        ["email"] = ClientColumn.Email, ["correo"] = ClientColumn.Email, ["correoelectronico"] = ClientColumn.Email, ["mail"] = ClientColumn.Email,
        ["telefono"] = ClientColumn.Phone, ["tel"] = ClientColumn.Phone, ["tlf"] = ClientColumn.Phone, ["movil"] = ClientColumn.Phone,
        ["phone"] = ClientColumn.Phone, ["telephone"] = ClientColumn.Phone, ["mobile"] = ClientColumn.Phone,
        ["direccion"] = ClientColumn.Address, ["domicilio"] = ClientColumn.Address, ["address"] = ClientColumn.Address,
        ["calle"] = ClientColumn.Address, ["street"] = ClientColumn.Address,
        ["poblacion"] = ClientColumn.City, ["ciudad"] = ClientColumn.City, ["localidad"] = ClientColumn.City,
        ["municipio"] = ClientColumn.City, ["city"] = ClientColumn.City, ["town"] = ClientColumn.City,
        ["cp"] = ClientColumn.PostalCode, ["codigopostal"] = ClientColumn.PostalCode, ["postalcode"] = ClientColumn.PostalCode,
        ["zip"] = ClientColumn.PostalCode, ["zipcode"] = ClientColumn.PostalCode, ["postcode"] = ClientColumn.PostalCode,
        ["provincia"] = ClientColumn.Province, ["province"] = ClientColumn.Province, ["state"] = ClientColumn.Province, ["region"] = ClientColumn.Province,
        ["pais"] = ClientColumn.Country, ["country"] = ClientColumn.Country,
        ["diasdepago"] = ClientColumn.PaymentTermsDays, ["plazodepago"] = ClientColumn.PaymentTermsDays, ["plazo"] = ClientColumn.PaymentTermsDays,
        ["paymentterms"] = ClientColumn.PaymentTermsDays, ["paymenttermsdays"] = ClientColumn.PaymentTermsDays, ["formadepagodias"] = ClientColumn.PaymentTermsDays,
        ["recargodeequivalencia"] = ClientColumn.EquivalenceSurcharge, ["recargo"] = ClientColumn.EquivalenceSurcharge,
        ["equivalencesurcharge"] = ClientColumn.EquivalenceSurcharge, ["re"] = ClientColumn.EquivalenceSurcharge,
        ["idioma"] = ClientColumn.Language, ["language"] = ClientColumn.Language, ["idiomadeloscorreos"] = ClientColumn.Language,
        ["lang"] = ClientColumn.Language,
        ["recordatorios"] = ClientColumn.Reminders, ["reminders"] = ClientColumn.Reminders,
        ["enviarrecordatorios"] = ClientColumn.Reminders, ["enviarrecordatoriosdepago"] = ClientColumn.Reminders,
        ["recordatoriosdepago"] = ClientColumn.Reminders, ["paymentreminders"] = ClientColumn.Reminders,
        ["oficinacontable"] = ClientColumn.AccountingOffice, ["accountingoffice"] = ClientColumn.AccountingOffice,
        ["dir3oficinacontable"] = ClientColumn.AccountingOffice,
        ["organogestor"] = ClientColumn.ManagementBody, ["managementbody"] = ClientColumn.ManagementBody,
        ["dir3organogestor"] = ClientColumn.ManagementBody,
        ["unidadtramitadora"] = ClientColumn.ProcessingUnit, ["processingunit"] = ClientColumn.ProcessingUnit,
        ["dir3unidadtramitadora"] = ClientColumn.ProcessingUnit,
        ["archivado"] = ClientColumn.Archived, ["archived"] = ClientColumn.Archived,
        ["notas"] = ClientColumn.Notes, ["observaciones"] = ClientColumn.Notes, ["notes"] = ClientColumn.Notes, ["comentarios"] = ClientColumn.Notes,
    };

    /// <summary>The column a header names, ignoring case, accents, spaces and punctuation; null when unknown.</summary>
    public static ClientColumn? Match(string? header)
    {
        var key = new string(SearchText.Fold(header).Where(char.IsLetterOrDigit).ToArray());
        return Aliases.TryGetValue(key, out var column) ? column : null;
    }

    public static string SpanishHeader(ClientColumn column) => Spanish.First(c => c.Column == column).Header;
}
