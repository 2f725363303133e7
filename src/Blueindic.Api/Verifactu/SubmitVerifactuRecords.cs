using Blueindic.Api.EventStore;
using Blueindic.Api.Invoices;
using Blueindic.Api.Mail;
using Blueindic.Api.Settings;
using Blueindic.Domain.Aeat;
using Blueindic.Projections.Invoices;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;
using Wolverine;
using Wolverine.ErrorHandling;
using Wolverine.Runtime.Handlers;

namespace Blueindic.Api.Verifactu;

/// <summary>Send the business's (the message's tenant's) pending VERI*FACTU records to the AEAT, if the AEAT's wait allows.</summary>
public sealed record SubmitVerifactuRecords
{
    public const string Queue = "verifactu";

    /// <summary>
    /// Asks for a submission in the command's own transaction (Wolverine's outbox: the message is committed with the
    /// record, or the certificate, that causes it), when submission is on.
    /// </summary>
    public static ValueTask RequestAsync(IMessageBus bus, IQuerySession session, IOptions<BlueindicOptions> options) =>
        options.Value.Verifactu.Submit
            ? bus.PublishAsync(new SubmitVerifactuRecords(), new DeliveryOptions { TenantId = session.TenantId })
            : ValueTask.CompletedTask;
}

public static class SubmitVerifactuRecordsHandler
{
    /// <summary>
    /// The database failing: tried again later, as long as it takes. A batch the AEAT did not answer
    /// (<see cref="AeatUnreachable"/>, <see cref="AeatRefused"/>) is retried after <c>Verifactu__RetryDelays</c>
    /// (MessagingSetup), as long as it takes too.
    /// </summary>
    public static void Configure(HandlerChain chain)
    {
        chain.ExecutionTimeoutInSeconds = 300;
        chain.OnException<Npgsql.NpgsqlException>().ScheduleRetryIndefinitely(TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5));
    }

    /// <remarks>
    /// With the business's submission stream locked (another node handling the same business waits, then
    /// finds the records answered), the oldest pending records, at most a batch (1,000), go in chain order;
    /// the answer is appended as <see cref="VerifactuBatchAnswered"/>, which moves each record named to
    /// accepted or rejected and sets when the next batch may go. Records left waiting get one durable
    /// wake-up at that moment (<see cref="VerifactuSubmissionWake"/>). No answer: nothing is appended, and
    /// the exception has this message retried. An answer lost after the AEAT took the batch: the records go
    /// again and the AEAT answers them as duplicates it holds, which count as accepted.
    /// </remarks>
    public static async Task Handle(SubmitVerifactuRecords message, IDocumentSession session, IMessageBus bus, AeatClient aeat,
        IDataProtectionProvider protection, TimeProvider clock, IOptions<BlueindicOptions> options,
        ILogger<SubmitVerifactuRecords> log, CancellationToken ct)
    {
        if (!options.Value.Verifactu.Submit) return;
        // Nothing to send, or nothing to send with: the submission stream is not even opened.
        if (!await session.Query<VerifactuRecordView>().AnyAsync(x => x.Status == VerifactuRecordStatus.Pending, ct)) return;
        using var certificate = await BusinessCertificate.LoadAsync(session, protection, ct);
        if (certificate is null || certificate.NotAfter < clock.GetUtcNow().UtcDateTime)
        {
            // Installing a certificate asks for a submission again.
            log.LogWarning("VERI*FACTU: records of tenant {TenantId} wait: the business has no valid certificate", session.TenantId);
            return;
        }

        session.LastModifiedBy = SystemUser.Verifactu;
        var streamId = VerifactuSubmission.StreamIdFor(session.TenantId);
        var submission = await ExclusiveStream.LockAsync<VerifactuSubmission>(session, streamId, new VerifactuSubmissionOpened(streamId), ct);
        // Counted up to a full batch, as the AEAT's rule reads; sent up to the batch size configured.
        var waiting = await session.Query<VerifactuRecordView>()
            .Where(x => x.Status == VerifactuRecordStatus.Pending)
            .OrderBy(x => x.Position).Take(VerifactuSubmission.MaxBatch).ToListAsync(ct);
        var sentAt = clock.GetUtcNow();
        var wake = await session.LoadAsync<VerifactuSubmissionWake>(streamId, ct) ?? new VerifactuSubmissionWake { Id = streamId };
        if (!submission.Aggregate!.MaySend(waiting.Count, sentAt))
        {
            if (waiting.Count > 0 && wake.At != submission.Aggregate.NextSendAt) await WakeAsync(wake with { At = submission.Aggregate.NextSendAt }, session, bus, ct);
            return;
        }

        // One batch, one obligado: records issued under a NIF since corrected go in batches of their own.
        var issuerTaxId = waiting[0].IssuerTaxId;
        var pending = waiting.TakeWhile(r => r.IssuerTaxId == issuerTaxId)
            .Take(VerifactuSubmission.BatchSizeWithin(options.Value.Verifactu.BatchSize)).ToList();
        var issuer = (await IssuingContext.IssuerAsync(session, ct)).Issuer;
        var issuerName = issuer.LegalName ?? issuer.Name;
        var software = VerifactuSoftware.For(options.Value.Verifactu, issuerName, issuerTaxId);
        var sources = await VerifactuRecordSource.LoadAsync(session, pending, ct);
        var batch = new AeatBatch(sources.Select(s => (s.Record.Position, VerifactuXml.Record(s, software))).ToList());
        var envelope = AeatEnvelope.Build(issuerName, issuerTaxId, batch.Records.Select(r => r.Record));

        AeatAnswer answer;
        try { answer = await aeat.SendAsync(envelope, certificate, ct); }
        catch (Exception e) when (e is AeatUnreachable or AeatRefused)
        {
            // Rolled back, and retried (MessagingSetup): the records stay pending meanwhile.
            log.LogWarning(e, "VERI*FACTU: a batch of {Count} records of tenant {TenantId} was not answered", pending.Count, session.TenantId);
            throw;
        }
        var answered = new VerifactuBatchAnswered(Guid.CreateVersion7(), aeat.Endpoint, sentAt, clock.GetUtcNow(),
            pending.Count, answer.BatchStatus, answer.Csv, answer.WaitSeconds, batch.Outcomes(answer));
        submission.AppendOne(answered);
        if (waiting.Count > pending.Count) await WakeAsync(wake with { At = submission.Aggregate.Apply(answered).NextSendAt }, session, bus, ct);
        await session.SaveChangesAsync(ct);
    }

    /// <summary>
    /// One wake-up per business and moment, committed with this transaction: scheduled durably, or sent at
    /// once when its moment has passed.
    /// </summary>
    private static async Task WakeAsync(VerifactuSubmissionWake wake, IDocumentSession session, IMessageBus bus, CancellationToken ct)
    {
        session.Store(wake);
        var options = new DeliveryOptions { TenantId = session.TenantId };
        if (wake.At is { } at && at > DateTimeOffset.UtcNow) await bus.ScheduleAsync(new SubmitVerifactuRecords(), at, options);
        else await bus.PublishAsync(new SubmitVerifactuRecords(), options);
        await session.SaveChangesAsync(ct);
    }
}
