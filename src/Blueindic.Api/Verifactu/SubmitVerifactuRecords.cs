using Blueindic.Api.EventStore;
using Blueindic.Api.Invoices;
using Blueindic.Api.Mail;
using Blueindic.Api.Settings;
using Blueindic.Domain.Aeat;
using Blueindic.Projections.Invoices;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace Blueindic.Api.Verifactu;

/// <summary>Send the business's (the message's tenant's) pending VERI*FACTU records to the AEAT, if the AEAT's wait allows.</summary>
public sealed record SubmitVerifactuRecords;

public static class SubmitVerifactuRecordsHandler
{
    /// <remarks>
    /// With the business's submission stream locked (another node sending its records waits, then finds
    /// them answered), the oldest pending records, at most a batch (1,000), go in chain order; the answer is
    /// appended as <see cref="VerifactuBatchAnswered"/>, which moves each record named to accepted or
    /// rejected and sets when the next batch may go. No answer (the network, a fault): nothing is
    /// appended, the records stay pending and go with the next look.
    /// </remarks>
    public static async Task Handle(SubmitVerifactuRecords _, IDocumentSession session, AeatClient aeat,
        IDataProtectionProvider protection, TimeProvider clock, IOptions<BlueindicOptions> options,
        ILogger<SubmitVerifactuRecords> log, CancellationToken ct)
    {
        if (!options.Value.Verifactu.Submit) return;
        session.LastModifiedBy = SystemUser.Verifactu;
        var streamId = VerifactuSubmission.StreamIdFor(session.TenantId);
        var submission = await ExclusiveStream.LockAsync<VerifactuSubmission>(session, streamId, new VerifactuSubmissionOpened(streamId), ct);
        var batchSize = VerifactuSubmission.BatchSizeWithin(options.Value.Verifactu.BatchSize);
        // Counted up to a full batch, as the AEAT's rule reads; sent up to the batch size configured.
        var waiting = await session.Query<VerifactuRecordView>()
            .Where(x => x.Status == VerifactuRecordStatus.Pending)
            .OrderBy(x => x.Position).Take(VerifactuSubmission.MaxBatch).ToListAsync(ct);
        var sentAt = clock.GetUtcNow();
        if (!submission.Aggregate!.MaySend(waiting.Count, sentAt)) return;
        var pending = waiting.Take(batchSize).ToList();

        using var certificate = await BusinessCertificate.LoadAsync(session, protection, ct);
        if (certificate is null || certificate.NotAfter < sentAt.UtcDateTime)
        {
            log.LogWarning("VERI*FACTU: {Count} records of tenant {TenantId} wait: the business has no valid certificate", pending.Count, session.TenantId);
            return;
        }
        var issuer = (await IssuingContext.IssuerAsync(session, ct)).Issuer;
        var issuerName = issuer.LegalName ?? issuer.Name;
        var software = VerifactuSoftware.For(options.Value.Verifactu, issuerName, issuer.TaxId!);
        var sources = await VerifactuRecordSource.LoadAsync(session, pending, ct);
        var batch = new AeatBatch(sources.Select(s => (s.Record.Position, VerifactuXml.Record(s, software))).ToList());
        var envelope = AeatEnvelope.Build(issuerName, issuer.TaxId!, batch.Records.Select(r => r.Record));
        AeatAnswer answer;
        try { answer = await aeat.SendAsync(envelope, certificate, ct); }
        catch (Exception e) when (e is AeatUnreachable or AeatRefused)
        {
            log.LogWarning(e, "VERI*FACTU: a batch of {Count} records of tenant {TenantId} was not answered", pending.Count, session.TenantId);
            return;
        }
        submission.AppendOne(new VerifactuBatchAnswered(Guid.CreateVersion7(), aeat.Endpoint, sentAt, clock.GetUtcNow(),
            pending.Count, answer.BatchStatus, answer.Csv, answer.WaitSeconds, batch.Outcomes(answer)));
        await session.SaveChangesAsync(ct);
    }
}
