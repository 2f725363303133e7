using Blueindic.Domain.Common;

namespace Blueindic.Api.Reports;

public static class GetModelo347Endpoint
{
    public const decimal Threshold = 3005.06m;

    /// <summary>Modelo 347: counterparties (by NIF) whose operations in the year exceed 3,005.06 € with VAT, per quarter.</summary>
    /// <remarks>Invoices with IRPF withholding (modelo 190) and clients without a Spanish NIF (intra-EU: modelo 349) are left out.</remarks>
    /// <param name="year">Default: the previous year (the one declared in February).</param>
    [WolverineGet("/api/reports/modelo347"), Tags("Reports")]
    [ProducesResponseType<Modelo347Report>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest, Problems.Json)]
    public static async Task<IResult> Get(IQuerySession session, TimeProvider clock, CancellationToken ct, int? year = null)
    {
        var y = year ?? SpanishTime.Today(clock.GetUtcNow()).Year - 1;
        if (y is < 2000 or > 9998) return Problems.Validation("year", "A year from 2000 on.");

        // Declared per Spanish NIF; operations subject to IRPF withholding go on modelo 190 instead,
        // and intra-EU ones on modelo 349, so neither counts here.
        var invoices = (await InvoiceRows.IssuedInAsync(session, y, null, null, ct))
            .Where(v => v.Issued.Amounts.WithholdingRate == 0 && IsSpanish(v.Issued.Client.TaxId));
        var rows = invoices.GroupBy(v => v.Issued.Client.TaxId!).Select(g =>
            {
                var quarters = new decimal[4];
                foreach (var v in g) quarters[(v.IssueDate.Month - 1) / 3] += v.Issued.Amounts.GrossTotal;
                var latest = g.MaxBy(v => v.IssueDate)!;
                return new Modelo347Row(latest.ClientId, latest.Issued.Client.Name, g.Key, quarters.Sum(), quarters);
            })
            .Where(r => r.Total > Threshold)
            .OrderByDescending(r => r.Total).ThenBy(r => r.ClientName, SpanishCollation.Names).ThenBy(r => r.TaxId, StringComparer.Ordinal).ToList();
        return Results.Ok(new Modelo347Report(y, Threshold, rows));
    }

    private static bool IsSpanish(string? taxId) => TaxId.TryParse(taxId, out var id, out _) && id.Kind != TaxIdKind.EuVat;
}
