using Blueindic.Domain.Common;

namespace Blueindic.Domain.Clients;

/// <summary>A public administration's DIR3 codes as typed: all three or none.</summary>
/// <param name="AccountingOffice">Oficina contable (Facturae role 01), 9 letters or digits, e.g. L01281487.</param>
/// <param name="ManagementBody">Órgano gestor (role 02).</param>
/// <param name="ProcessingUnit">Unidad tramitadora (role 03).</param>
public sealed record Dir3Input(string? AccountingOffice = null, string? ManagementBody = null, string? ProcessingUnit = null)
{
    public static Dir3Input? Of(Dir3Codes? codes) =>
        codes is null ? null : new(codes.AccountingOffice, codes.ManagementBody, codes.ProcessingUnit);

    /// <summary>The codes, normalised; null when none is given; field errors under <c>dir3.*</c> otherwise.</summary>
    public Dir3Codes? ToCodes(ValidationErrors errors)
    {
        (string Field, string? Value)[] fields =
            [("dir3.accountingOffice", Read(AccountingOffice)), ("dir3.managementBody", Read(ManagementBody)), ("dir3.processingUnit", Read(ProcessingUnit))];
        if (fields.All(f => f.Value is null)) return null;

        var failed = false;
        foreach (var (field, value) in fields)
        {
            if (value is null) errors.Add(field, "A public administration needs all three DIR3 codes: oficina contable, órgano gestor and unidad tramitadora.");
            else if (!Dir3Codes.IsCode(value)) errors.Add(field, "A DIR3 code is 9 letters or digits, e.g. L01281487.");
            else continue;
            failed = true;
        }
        return failed ? null : new Dir3Codes(fields[0].Value!, fields[1].Value!, fields[2].Value!);
    }

    private static string? Read(string? raw) => string.IsNullOrWhiteSpace(raw) ? null : Dir3Codes.Normalise(raw);
}
