using Blueindic.Domain.Clients;

namespace Blueindic.Domain.Invoices;

public enum PaymentMethod { Transfer, Cash, Card, DirectDebit, Other }

/// <summary>A party's legal data as it was when the invoice was issued.</summary>
public sealed record PartySnapshot(string Name, string? LegalName, string? TaxId, Address? Address);

/// <summary>What a corrective invoice (series R) corrects.</summary>
/// <param name="Cancels">True when it cancels the original whole; false for a correction by differences.</param>
public sealed record CorrectionOf(Guid InvoiceId, string Number, string Reason, bool Cancels);

public sealed record InvoiceIssued(
    Guid InvoiceId,
    string Number,
    string Series,
    int Year,
    int Sequence,
    Guid ClientId,
    PartySnapshot Client,
    PartySnapshot Issuer,
    DateOnly IssueDate,
    DateOnly DueDate,
    bool EquivalenceSurcharge,
    InvoiceAmounts Amounts,
    string? Notes,
    CorrectionOf? Corrects,
    VerifactuRecord Verifactu);

public sealed record PaymentRecorded(Guid InvoiceId, Guid PaymentId, decimal Amount, DateOnly Date, PaymentMethod Method, string? Reference);

public sealed record PaymentReversed(Guid InvoiceId, Guid PaymentId, decimal Amount, DateOnly Date, string Reason);

/// <summary>What was still due was given up as lost (incobrable).</summary>
public sealed record InvoiceWrittenOff(Guid InvoiceId, decimal Amount, DateOnly Date, string Reason);

/// <summary>A corrective invoice cancelled this invoice whole.</summary>
public sealed record InvoiceCancelled(Guid InvoiceId, Guid CorrectiveInvoiceId, string CorrectiveNumber, DateOnly Date, string Reason);

/// <summary>A corrective invoice changed this invoice's total by <see cref="Adjustment"/> (with its sign).</summary>
public sealed record InvoiceCorrected(Guid InvoiceId, Guid CorrectiveInvoiceId, string CorrectiveNumber, DateOnly Date, decimal Adjustment, string Reason);
