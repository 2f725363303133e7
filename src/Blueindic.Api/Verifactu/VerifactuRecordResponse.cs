namespace Blueindic.Api.Verifactu;

public sealed record VerifactuRecordResponse(Guid InvoiceId, string Number, string RecordType, long Position, string Hash,
    string PreviousHash, DateTimeOffset GeneratedAt);
