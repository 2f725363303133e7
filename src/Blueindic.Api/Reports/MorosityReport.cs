namespace Blueindic.Api.Reports;

/// <param name="Invoiced">Totals (with taxes) of the year's invoices, corrections with their sign, cancelled ones left out.</param>
/// <param name="Overdue">Still due on those invoices past their due date as of asOf.</param>
/// <param name="Uncollectible">Written off and not recovered.</param>
/// <param name="MorosityRate">Morosity amount ÷ invoiced × 100; null when the invoicing is 0 or negative (no share of nothing).</param>
/// <param name="Dso">Days sales outstanding: receivables ÷ invoiced × days of the year up to asOf; null when the rate is.</param>
/// <param name="ClientCount">Clients with a morosity amount, all of them (the list stops at limit).</param>
/// <param name="Clients">Clients with a morosity amount, largest first, up to limit.</param>
public sealed record MorosityReport(int Year, DateOnly AsOf, decimal Invoiced, decimal Overdue, decimal Uncollectible, decimal MorosityAmount,
    decimal? MorosityRate, decimal? Dso, int ClientCount, IReadOnlyList<ClientMorosity> Clients);
