namespace Blueindic.Api.Invoices;

public sealed record VerifactuResponse(string RecordType, long Position, string Hash, string PreviousHash, DateTimeOffset GeneratedAt, string QrUrl);
