using Blueindic.Domain.Aeat;
using Blueindic.Domain.Invoices;
using Marten.Events.Projections;

namespace Blueindic.Projections.Invoices;

/// <summary>
/// One record of the tenant's VERI*FACTU chain, alta or anulación, by its chain position: the texts it
/// hashed and the invoice it is about. Keyed by position (<see cref="IdFor"/>), so anything later said
/// about a record by its position (its submission, say) lands on it.
/// </summary>
public sealed class VerifactuRecordView
{
    public const string Alta = VerifactuRecord.RecordType;
    public const string Anulacion = VerifactuAnnulmentRecord.RecordType;

    public Guid Id { get; set; }
    public long Position { get; set; }
    /// <summary><see cref="Alta"/> or <see cref="Anulacion"/>.</summary>
    public string RecordType { get; set; } = Alta;
    /// <summary>The invoice recorded (alta) or annulled (anulación).</summary>
    public Guid InvoiceId { get; set; }
    public string Number { get; set; } = "";
    public string IssuerTaxId { get; set; } = "";
    public DateOnly IssueDate { get; set; }
    /// <summary>TipoFactura (altas only).</summary>
    public string? InvoiceType { get; set; }
    /// <summary>CuotaTotal and ImporteTotal exactly as hashed (altas only).</summary>
    public string? CuotaTotal { get; set; }
    public string? ImporteTotal { get; set; }
    public string PreviousHash { get; set; } = "";
    public DateTimeOffset GeneratedAt { get; set; }
    public string Hash { get; set; } = "";

    /// <summary>Where the record stands with the AEAT: <c>pending</c>, <c>accepted</c> or <c>rejected</c> (<see cref="VerifactuRecordStatus"/>).</summary>
    public string Status { get; set; } = VerifactuRecordStatus.Pending;
    /// <summary>The AEAT's answer on this record; null while pending.</summary>
    public VerifactuRecordSubmission? Submission { get; set; }

    /// <summary>The alta as chained; null on an anulación.</summary>
    public VerifactuRecord? Record { get; set; }
    /// <summary>The anulación as chained; null on an alta.</summary>
    public VerifactuAnnulmentRecord? Annulment { get; set; }

    /// <summary>A record's id from its chain position: documents are per tenant, and a tenant has one chain.</summary>
    public static Guid IdFor(long position) =>
        new(System.Security.Cryptography.MD5.HashData(System.Text.Encoding.UTF8.GetBytes($"verifactu-record:{position}")));

    /// <summary>Whether the record's stored hash is what its own fields give, and its copies agree with it.</summary>
    public bool HashMatchesFields() => RecordType switch
    {
        Alta => Record is { } r && r.HashMatchesFields() && r.Hash == Hash && r.PreviousHash == PreviousHash && r.Position == Position
                && r.CuotaTotal == CuotaTotal && r.ImporteTotal == ImporteTotal && r.InvoiceType == InvoiceType && r.Number == Number
                && r.IssueDate == IssueDate && r.IssuerTaxId == IssuerTaxId && r.GeneratedAt == GeneratedAt,
        Anulacion => Annulment is { } a && a.HashMatchesFields() && a.Hash == Hash && a.PreviousHash == PreviousHash && a.Position == Position
                     && a.Number == Number && a.IssueDate == IssueDate && a.IssuerTaxId == IssuerTaxId && a.GeneratedAt == GeneratedAt,
        _ => false,
    };

    public static VerifactuRecordView Of(Guid invoiceId, VerifactuRecord r) => new()
    {
        Id = IdFor(r.Position), Position = r.Position, RecordType = Alta, InvoiceId = invoiceId, Number = r.Number,
        IssuerTaxId = r.IssuerTaxId, IssueDate = r.IssueDate, InvoiceType = r.InvoiceType, CuotaTotal = r.CuotaTotal,
        ImporteTotal = r.ImporteTotal, PreviousHash = r.PreviousHash, GeneratedAt = r.GeneratedAt, Hash = r.Hash, Record = r,
    };

    public static VerifactuRecordView Of(Guid invoiceId, VerifactuAnnulmentRecord a) => new()
    {
        Id = IdFor(a.Position), Position = a.Position, RecordType = Anulacion, InvoiceId = invoiceId, Number = a.Number,
        IssuerTaxId = a.IssuerTaxId, IssueDate = a.IssueDate, PreviousHash = a.PreviousHash, GeneratedAt = a.GeneratedAt,
        Hash = a.Hash, Annulment = a,
    };
}

/// <summary>
/// Inline, one document per chain position across the invoice streams. Fed by: <see cref="InvoiceIssued"/>
/// (an alta), <see cref="InvoiceAnnulled"/> (an anulación) and <see cref="VerifactuBatchAnswered"/> (the
/// AEAT's verdict on each record it names). Further events about a record by its
/// position can be routed here with <c>Identity</c> on <see cref="VerifactuRecordView.IdFor"/>.
/// </summary>
public sealed partial class VerifactuRecordViewProjection : MultiStreamProjection<VerifactuRecordView, Guid>
{
    public VerifactuRecordViewProjection()
    {
        Identity<InvoiceIssued>(e => VerifactuRecordView.IdFor(e.Verifactu.Position));
        Identity<InvoiceAnnulled>(e => VerifactuRecordView.IdFor(e.Verifactu.Position));
        Identities<VerifactuBatchAnswered>(e => e.Records.Select(r => VerifactuRecordView.IdFor(r.Position)).ToList());
    }

    public static VerifactuRecordView Create(InvoiceIssued e) => VerifactuRecordView.Of(e.InvoiceId, e.Verifactu.ToRecord());

    public static VerifactuRecordView Create(InvoiceAnnulled e) => VerifactuRecordView.Of(e.InvoiceId, e.Verifactu.ToRecord());

    /// <summary>The AEAT's verdict on this record, from the batch that carried it.</summary>
    public static void Apply(VerifactuBatchAnswered e, VerifactuRecordView view)
    {
        if (e.Records.FirstOrDefault(r => r.Position == view.Position) is not { } outcome) return;
        view.Status = VerifactuRecordStatus.Of(outcome.Status, outcome.HeldStatus);
        view.Submission = new VerifactuRecordSubmission(e.BatchId, e.AnsweredAt, outcome.Status, outcome.ErrorCode, outcome.ErrorDescription,
            e.Csv, outcome.HeldStatus);
    }
}
