using Blueindic.Api.Common.Sheets;
using Blueindic.Domain.Clients.Imports;
using Blueindic.Domain.Common;
using Microsoft.Extensions.Options;
using Wolverine;
using Blueindic.Api.Idempotency;

namespace Blueindic.Api.Clients.Imports;

public static class ImportClientsEndpoint
{
    /// <summary>Import clients from an .xlsx, .xls or .csv file (multipart field <c>file</c>).</summary>
    /// <remarks>
    /// Headers are matched in Spanish or English ignoring case, accents and punctuation; a name column is required.
    /// Valid rows are imported, invalid ones reported and skipped. With <c>upsert</c> a row with the id of an existing
    /// client, or else its tax id, updates it (only the columns the file has). Small files are imported inside the
    /// request (200); larger ones answer 202 with the import's address to follow its progress.
    /// </remarks>
    /// <param name="dryRun">Check and report what would happen, changing nothing.</param>
    /// <param name="mode">upsert (default) or createOnly (rows matching a client are left alone).</param>
    [WolverinePost("/api/clients/imports"), Tags("Clients"), FileUpload]
    [ProducesResponseType<ClientImport>(StatusCodes.Status200OK)]
    [ProducesResponseType<ClientImport>(StatusCodes.Status202Accepted)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest, Problems.Json)]
    public static async Task<IResult> Post(HttpRequest request, IDocumentSession session, IDocumentStore store, IMessageBus bus,
        IOptions<BlueindicOptions> options, TimeProvider clock, CancellationToken ct, bool? dryRun = null, ImportMode? mode = null)
    {
        var limits = options.Value.Imports;
        var upload = await ImportUpload.SaveAsync(request, limits, ct);

        try
        {
            var (format, header, rows) = ImportUpload.Check(upload.Path, limits);
            var import = new ClientImport
            {
                Id = upload.Id, Status = ImportStatus.Running, FileName = upload.FileName, Format = format, Mode = mode ?? ImportMode.Upsert,
                DryRun = dryRun ?? false, TotalRows = rows, IgnoredColumns = header.Ignored.ToList(),
                StartedBy = session.LastModifiedBy ?? "", CorrelationId = session.CorrelationId, StartedAt = clock.GetUtcNow(),
            };
            if (rows <= limits.InlineMaxRows)
            {
                // Imported here whatever the caller does meanwhile: a dropped connection must not cut it
                // in half. An Idempotency-Key is marked as carried out with the first batch, so a retry
                // after a crash replays instead of importing twice.
                await ClientImportJob.RunAsync(store, session.TenantId, import, upload.Path, limits, clock,
                    first => IdempotencyMiddleware.MarkCommitted(request.HttpContext, first), CancellationToken.None);
                return Results.Ok(import);
            }

            session.Store(import);
            await bus.PublishAsync(new RunClientImport(import.Id, session.TenantId, upload.Path));
            await session.SaveChangesAsync(ct);
            return Results.Accepted($"/api/clients/imports/{import.Id}", import);
        }
        catch (SpreadsheetRefusedException refused)
        {
            File.Delete(upload.Path);
            throw new DomainValidationException("file", refused.Message);
        }
        catch
        {
            // Nobody else will read it now.
            File.Delete(upload.Path);
            throw;
        }
    }
}
