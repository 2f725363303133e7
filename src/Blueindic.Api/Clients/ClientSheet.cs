using Blueindic.Api.Common.Sheets;
using Blueindic.Domain.Clients.Imports;
using Blueindic.Projections.Clients;

namespace Blueindic.Api.Clients;

/// <summary>The client spreadsheet the export writes and the template shows: the import's own columns.</summary>
internal static class ClientSheet
{
    public static readonly IReadOnlyList<(ClientColumn Column, SheetColumn Sheet)> Columns = ClientColumns.Spanish
        .Select(c => (c.Column, new SheetColumn(c.Header, c.Column == ClientColumn.PaymentTermsDays ? CellKind.Number : CellKind.Text)))
        .ToList();

    public static object?[] Row(ClientView client)
    {
        var d = client.Details;
        return Columns.Select(c => c.Column switch
        {
            ClientColumn.Id => client.Id.ToString(),
            ClientColumn.Name => d.Name,
            ClientColumn.LegalName => d.LegalName,
            ClientColumn.TaxId => d.TaxId,
            ClientColumn.Email => d.Email,
            ClientColumn.Phone => d.Phone,
            ClientColumn.Address => d.Address.Line1,
            ClientColumn.City => d.Address.City,
            ClientColumn.PostalCode => d.Address.PostalCode,
            ClientColumn.Province => d.Address.Province,
            ClientColumn.Country => d.Address.Country,
            ClientColumn.PaymentTermsDays => d.PaymentTermsDays,
            ClientColumn.EquivalenceSurcharge => YesNo(d.EquivalenceSurcharge),
            ClientColumn.Notes => d.Notes,
            ClientColumn.Language => d.Language,
            ClientColumn.Reminders => YesNo(d.Reminders),
            ClientColumn.AccountingOffice => d.Dir3?.AccountingOffice,
            ClientColumn.ManagementBody => d.Dir3?.ManagementBody,
            ClientColumn.ProcessingUnit => d.Dir3?.ProcessingUnit,
            ClientColumn.Archived => YesNo(client.Archived),
            _ => (object?)null,
        }).ToArray();
    }

    private static string YesNo(bool value) => value ? "Sí" : "No";
}
