using System.Globalization;
using Blueindic.Domain.Common;

namespace Blueindic.Domain.Clients.Imports;

/// <summary>Turns a spreadsheet row into client details with the same validation as the API.</summary>
public static class ClientImportRow
{
    private static readonly Dictionary<string, ClientColumn> FieldColumns = new()
    {
        ["name"] = ClientColumn.Name, ["legalName"] = ClientColumn.LegalName, ["taxId"] = ClientColumn.TaxId,
        ["email"] = ClientColumn.Email, ["phone"] = ClientColumn.Phone, ["address.line1"] = ClientColumn.Address,
        ["address.city"] = ClientColumn.City, ["address.postalCode"] = ClientColumn.PostalCode,
        ["address.province"] = ClientColumn.Province, ["address.country"] = ClientColumn.Country,
        ["paymentTermsDays"] = ClientColumn.PaymentTermsDays, ["notes"] = ClientColumn.Notes,
    };

    /// <summary>
    /// The details a row asks for: the columns the file has, over <paramref name="current"/> (an
    /// existing client's details, or null for a new one, whose missing columns take the defaults).
    /// A blank cell in a column the file has clears that field.
    /// </summary>
    public static ClientDetails? Read(int rowNumber, IReadOnlyList<string?> row, ClientSheetHeader header, ClientDetails? current,
        List<ImportRowError> errors)
    {
        string? Cell(ClientColumn c, string? before) => header.Has(c) ? header.Cell(row, c) : before;
        void Fail(ClientColumn c, string message) => errors.Add(ImportRowError.Of(rowNumber, header.HeaderOf(c), header.Cell(row, c), message));
        var failures = errors.Count;

        int? terms = current?.PaymentTermsDays;
        if (header.Has(ClientColumn.PaymentTermsDays))
        {
            var text = header.Cell(row, ClientColumn.PaymentTermsDays);
            terms = null;
            if (text is not null)
            {
                if (decimal.TryParse(text.Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var days) && days == decimal.Truncate(days)
                    && days is >= int.MinValue and <= int.MaxValue)
                    terms = (int)days;
                else Fail(ClientColumn.PaymentTermsDays, "Payment terms are a whole number of days.");
            }
        }

        bool? surcharge = current?.EquivalenceSurcharge;
        if (header.Has(ClientColumn.EquivalenceSurcharge))
        {
            var text = header.Cell(row, ClientColumn.EquivalenceSurcharge);
            surcharge = text is null ? false : YesNo(text);
            if (surcharge is null) Fail(ClientColumn.EquivalenceSurcharge, "Write Sí or No.");
        }

        var input = new ClientDetailsInput(
            Cell(ClientColumn.Name, current?.Name),
            Cell(ClientColumn.LegalName, current?.LegalName),
            Cell(ClientColumn.TaxId, current?.TaxId),
            Cell(ClientColumn.Email, current?.Email),
            Cell(ClientColumn.Phone, current?.Phone),
            new AddressInput(
                Cell(ClientColumn.Address, current?.Address.Line1),
                Cell(ClientColumn.City, current?.Address.City),
                Cell(ClientColumn.PostalCode, current?.Address.PostalCode),
                Cell(ClientColumn.Province, current?.Address.Province),
                Country(Cell(ClientColumn.Country, current?.Address.Country))),
            terms,
            surcharge,
            Cell(ClientColumn.Notes, current?.Notes));

        var validation = new ValidationErrors();
        var details = input.ToDetails(validation);
        foreach (var (field, messages) in validation.ToDictionary())
        foreach (var message in messages)
            Fail(FieldColumns.GetValueOrDefault(field, ClientColumn.Name), message);
        return errors.Count == failures ? details : null;
    }

    private static bool? YesNo(string text) => SearchText.Fold(text) switch
    {
        "si" or "s" or "yes" or "y" or "true" or "verdadero" or "1" or "x" => true,
        "no" or "n" or "false" or "falso" or "0" => false,
        _ => null,
    };

    // Spanish sheets say "España" more often than "ES".
    private static string? Country(string? text) => SearchText.Fold(text) switch
    {
        "espana" or "spain" => CountryCode.Spain,
        _ => text,
    };
}
