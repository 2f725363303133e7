using Blueindic.Domain.Invoices;
using Marten.Events.Aggregation;

namespace Blueindic.Projections.Invoices;

/// <summary>One VERI*FACTU billing record of the tenant's chain (one per invoice), for listing in chain order.</summary>
public sealed class VerifactuRecordView
{
    public Guid Id { get; set; }
    public long Position { get; set; }
    public string Number { get; set; } = "";
    public VerifactuRecord Record { get; set; } = null!;
}

/// <summary>Inline. Fed by: <see cref="InvoiceIssued"/> (the record it carries).</summary>
public sealed partial class VerifactuRecordViewProjection : SingleStreamProjection<VerifactuRecordView, Guid>
{
    public static VerifactuRecordView Create(InvoiceIssued e) =>
        new() { Id = e.InvoiceId, Position = e.Verifactu.Position, Number = e.Number, Record = e.Verifactu.ToRecord() };
}
