using Blueindic.Api.Invoices.Pdf;

namespace Blueindic.Api.Invoices;

public static class ExportInvoicePdfsEndpoint
{
    /// <summary>The longest period one ZIP covers, and the most invoices it holds.</summary>
    public const int MaxDays = 366;
    public const int MaxInvoices = 5_000;

    /// <summary>
    /// The PDFs of every invoice issued between two days (inclusive), in one ZIP for the accountant:
    /// one entry per invoice, named by its number, in issue order; written as it is made.
    /// </summary>
    /// <param name="from">First issue date (required).</param>
    /// <param name="to">Last issue date (required; at most 366 days after from).</param>
    [WolverineGet("/api/invoices/pdf"), Tags("Invoices")]
    [ProducesResponseType<FileResult>(StatusCodes.Status200OK, InvoicePdfZip.MediaType)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest, Problems.Json)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status503ServiceUnavailable, Problems.Json)]
    public static async Task<IResult> Get(IQuerySession session, CancellationToken ct, DateOnly? from = null, DateOnly? to = null)
    {
        if (from is not { } first) return Problems.Validation("from", "from is required.");
        if (to is not { } last) return Problems.Validation("to", "to is required.");
        if (first > last) return Problems.Validation("from", "from must not be after to.");
        if (last.DayNumber - first.DayNumber >= MaxDays) return Problems.Validation("to", $"A ZIP covers at most {MaxDays} days.");
        if (!PdfFonts.Ready()) return PdfFonts.Unavailable();
        // Counted before the first byte: once the ZIP is streaming, no problem can be answered.
        var count = await InvoicePdfZip.Period(session, first, last).CountAsync(ct);
        if (count > MaxInvoices)
            return Problems.Validation("to", $"The period holds {count} invoices; a ZIP holds at most {MaxInvoices}: ask for a shorter one.");
        return new InvoicePdfZip(session, first, last);
    }
}
