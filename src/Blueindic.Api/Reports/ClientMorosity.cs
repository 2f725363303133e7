namespace Blueindic.Api.Reports;

/// <param name="MorosityRate">Morosity amount ÷ invoiced × 100; null when the client's invoicing of the year is 0 or negative.</param>
/// <param name="OldestDaysOverdue">Days past due of the client's oldest overdue invoice.</param>
/// <param name="Claimable">Late-payment interest (known rates) and compensations the client's late invoices of the year may claim.</param>
/// <param name="ClaimableComplete">False when some semester's interest rate is not published yet, so interest for it is not included.</param>
public sealed record ClientMorosity(Guid ClientId, string ClientName, decimal Invoiced, decimal Overdue, decimal Uncollectible,
    decimal MorosityAmount, decimal? MorosityRate, int OverdueInvoices, int OldestDaysOverdue, decimal Claimable, bool ClaimableComplete);
