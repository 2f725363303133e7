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
        ["paymentTermsDays"] = ClientColumn.PaymentTermsDays, ["notes"] = ClientColumn.Notes, ["language"] = ClientColumn.Language,
        ["dir3.accountingOffice"] = ClientColumn.AccountingOffice, ["dir3.managementBody"] = ClientColumn.ManagementBody,
        ["dir3.processingUnit"] = ClientColumn.ProcessingUnit,
    };

    /// <summary>
    /// The details a row asks for: the columns the file has, over <paramref name="current"/> (an
    /// existing client's details, or null for a new one, whose missing columns take the defaults).
    /// A blank cell in a column the file has clears that field.
    /// </summary>
    /// <param name="defaultPaymentTermsDays">The terms of a new client whose row has none.</param>
    public static ClientDetails? Read(int rowNumber, IReadOnlyList<string?> row, ClientSheetHeader header, ClientDetails? current,
        List<ImportRowError> errors, int defaultPaymentTermsDays = ClientDetails.DefaultPaymentTermsDays)
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

        bool? reminders = current?.Reminders;
        if (header.Has(ClientColumn.Reminders))
        {
            // A blank cell is the default, as for a new client: reminders on.
            var text = header.Cell(row, ClientColumn.Reminders);
            reminders = text is null ? true : YesNo(text);
            if (reminders is null) Fail(ClientColumn.Reminders, "Write Sí or No.");
        }

        var country = Country(Cell(ClientColumn.Country, current?.Address.Country));
        var input = new ClientDetailsInput(
            Cell(ClientColumn.Name, current?.Name),
            Cell(ClientColumn.LegalName, current?.LegalName),
            Cell(ClientColumn.TaxId, current?.TaxId),
            Cell(ClientColumn.Email, current?.Email),
            Cell(ClientColumn.Phone, current?.Phone),
            new AddressInput(
                Cell(ClientColumn.Address, current?.Address.Line1),
                Cell(ClientColumn.City, current?.Address.City),
                PostalCode(Cell(ClientColumn.PostalCode, current?.Address.PostalCode), country),
                Cell(ClientColumn.Province, current?.Address.Province),
                country),
            terms,
            surcharge,
            Cell(ClientColumn.Notes, current?.Notes),
            Language(Cell(ClientColumn.Language, current?.Language)),
            reminders,
            new Dir3Input(
                Cell(ClientColumn.AccountingOffice, current?.Dir3?.AccountingOffice),
                Cell(ClientColumn.ManagementBody, current?.Dir3?.ManagementBody),
                Cell(ClientColumn.ProcessingUnit, current?.Dir3?.ProcessingUnit)));

        var validation = new ValidationErrors();
        var details = input.ToDetails(validation, defaultPaymentTermsDays);
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

    /// <summary>
    /// A Spanish postal code of 4 digits gets back its leading zero: typed into a number cell, 08001
    /// becomes the number 8001, and a General-formatted cell shows it so. The API does not do this
    /// (a JSON caller sends text and can be told); in a sheet, no 4-digit Spanish code exists, so
    /// the padded one is the only reading. Other countries keep their 4-digit codes (Belgium, Portugal's first part).
    /// </summary>
    private static string? PostalCode(string? text, string? country) =>
        text is { Length: 4 } && text.All(char.IsAsciiDigit) && IsSpain(country) ? "0" + text : text;

    private static bool IsSpain(string? country) =>
        string.IsNullOrWhiteSpace(country) || CountryCode.TryNormalise(country, out var code) && code == CountryCode.Spain;

    // A sheet names the language as often as it writes its code; a blank cell is the default (Spanish).
    private static string? Language(string? text) => SearchText.Fold(text) switch
    {
        "es" or "espanol" or "castellano" or "spanish" => ClientLanguage.Spanish,
        "en" or "ingles" or "english" => ClientLanguage.English,
        _ => text,
    };

    // Spanish sheets say "España" more often than "ES".
    private static string? Country(string? text) => SearchText.Fold(text) switch
    {
        "espana" or "spain" => CountryCode.Spain,
        _ => text,
    };
}
