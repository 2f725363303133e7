using Blueindic.Api.Common.Sheets;
using Blueindic.Domain.Clients.Imports;
using Blueindic.Domain.Common;
using Microsoft.Extensions.Options;
using Wolverine;
using Blueindic.Api.Idempotency;

namespace Blueindic.Api.Clients.Imports;

public static class ImportClientsEndpoint
{
    /// <summary>Import clients from an .xlsx, .xls, .ods or .csv file (multipart field <c>file</c>).</summary>
    /// <remarks>
    /// Headers are matched in Spanish or English ignoring case, accents and punctuation; a name column is required.
    /// The header is the first of the first 20 non-blank rows with a name column (title rows above it are skipped);
    /// <c>headerRow</c> in the answer says which.
    /// Valid rows are imported, invalid ones reported and skipped. With <c>upsert</c> a row with the id of an existing
    /// client, or else its tax id, updates it (only the columns the file has). Small files are imported inside the
    /// request (200); larger ones answer 202 with the import's address to follow its progress. Imports run a few
    /// at a time (per business and per server): past that, 429 with Retry-After.
    /// </remarks>
    /// <param name="dryRun">Check and report what would happen, changing nothing.</param>
    /// <param name="mode">upsert (default) or createOnly (rows matching a client are left alone).</param>
    [WolverinePost("/api/clients/imports"), Tags("Clients"), FileUpload]
    [ProducesResponseType<ClientImport>(StatusCodes.Status200OK)]
    [ProducesResponseType<ClientImport>(StatusCodes.Status202Accepted)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest, Problems.Json)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status429TooManyRequests, Problems.Json)]
    public static async Task<IResult> Post(HttpRequest request, IDocumentSession session, IDocumentStore store, IMessageBus bus, ImportSlots slots,
        IOptions<BlueindicOptions> options, TimeProvider clock, CancellationToken ct, bool? dryRun = null, ImportMode? mode = null)
    {
        var limits = options.Value.Imports;
        // Before the upload is even read: a refused import costs nothing. Refused, it appended nothing,
        // so an Idempotency-Key sent with it is freed for the retry.
        using var slot = slots.TryEnter(session.TenantId);
        if (slot is null)
        {
            request.HttpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many imports",
                detail: $"This business, or the server, is already running as many imports as it may (Imports:MaxConcurrentPerBusiness, Imports:MaxConcurrent); retry in {RetryAfterSeconds} s.");
        }
        var upload = await ImportUpload.SaveAsync(request, limits, ct);

        try
        {
            // The checking pass decodes the whole file: on a thread of its own, not one the server answers requests with.
            var file = await Task.Factory.StartNew(() => ImportUpload.Check(upload.Path, limits),
                CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
            var import = new ClientImport
            {
                Id = upload.Id, Status = ImportStatus.Running, FileName = upload.FileName, Format = file.Format, Mode = mode ?? ImportMode.Upsert,
                DryRun = dryRun ?? false, HeaderRow = file.HeaderRow, TotalRows = file.Rows, IgnoredColumns = file.Header.Ignored.ToList(),
                StartedBy = session.LastModifiedBy ?? "", CorrelationId = session.CorrelationId, StartedAt = clock.GetUtcNow(),
            };
            if (file.Rows <= limits.InlineMaxRows)
            {
                // Imported here whatever the caller does meanwhile: a dropped connection must not cut it
                // in half. An Idempotency-Key is marked as carried out with the first batch, so a retry
                // after a crash replays instead of importing twice.
                await ClientImportJob.RunAsync(store, session.TenantId, import, upload.Path, file.Kept, limits, clock,
                    first => IdempotencyMiddleware.MarkCommitted(request.HttpContext, first), CancellationToken.None);
                return Results.Ok(import);
            }

            // The background import waits for a slot of its own in its queue (RunClientImportHandler).
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

    /// <summary>What a refused import is told to wait: an inline import takes a few seconds.</summary>
    public const int RetryAfterSeconds = 5;
}
