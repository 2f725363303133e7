namespace Blueindic.Api.Clients;

public sealed record ClientMorosityReport(Guid ClientId, string ClientName, int Year, DateOnly AsOf, decimal Invoiced, decimal Overdue,
    decimal Uncollectible, decimal MorosityAmount, decimal MorosityRate, int OverdueInvoices, int OldestDaysOverdue,
    decimal Claimable, bool ClaimableComplete, IReadOnlyList<LatePayment> LatePayments);
