namespace Blueindic.Api.Clients;

/// <param name="MorosityRate">Morosity amount ÷ invoiced × 100; null when the client's invoicing of the year is 0 or negative.</param>
/// <param name="LatePayments">The year's invoices (those the figures count: issued in the year, up to asOf) that were paid after their due date, latest due first.</param>
public sealed record ClientMorosityReport(Guid ClientId, string ClientName, int Year, DateOnly AsOf, decimal Invoiced, decimal Overdue,
    decimal Uncollectible, decimal MorosityAmount, decimal? MorosityRate, int OverdueInvoices, int OldestDaysOverdue,
    decimal Claimable, bool ClaimableComplete, IReadOnlyList<LatePayment> LatePayments);
