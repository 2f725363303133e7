using Blueindic.Api.Clients;
using Blueindic.Api.Receivables;
using Blueindic.Api.Reports;
using Blueindic.Domain.Common;
using Blueindic.Domain.Invoices;
using Blueindic.Domain.Receivables;
using Blueindic.Domain.Reports;
using Blueindic.Projections.Invoices;

namespace Blueindic.Api.Tests.Properties;

/// <summary>
/// What the reports should answer, recomputed from a business's invoice views with the domain's pure
/// functions and the rules of docs/reports.md and docs/receivables.md, written out here once more
/// rather than borrowed from the API (its SQL, its rollups or its in-memory paths).
/// </summary>
internal sealed class Recomputed(IReadOnlyList<InvoiceView> views, IReadOnlyDictionary<Guid, string> clientNames, int windowDays,
    LatePaymentRates rates)
{
    /// <summary>
    /// The invoices a year's morosity counts on <paramref name="asOf"/>: issued in the year and on or
    /// before asOf, annulled ones left out (they never counted).
    /// </summary>
    private IEnumerable<InvoiceView> OfYear(int year, DateOnly asOf, Guid? clientId = null) =>
        views.Where(v => v.IssueDate.Year == year && v.IssueDate <= asOf && v.Status != InvoiceStatus.Annulled
                         && (clientId is null || v.ClientId == clientId));

    /// <summary>
    /// One invoice for the morosity figures: its total as issued (a corrective one with its sign), what
    /// is still due and written off; a cancelled invoice and the corrective that cancelled it are not invoiced.
    /// </summary>
    private static InvoiceFigures Figures(InvoiceView v) => new(v.DueDate, v.Issued.Amounts.Total, v.Balance.Due, v.Balance.WrittenOff,
        CountsAsInvoiced: v.Status != InvoiceStatus.Cancelled && v.Issued.Corrects?.Cancels != true);

    /// <summary>
    /// Late-payment interest and compensation: nothing for cancelled and corrective invoices; else on
    /// the total after corrections, up to the settling payment (the last one not reversed) or asOf.
    /// </summary>
    private LatePaymentClaim Claim(InvoiceView v, DateOnly asOf)
    {
        if (v.Status == InvoiceStatus.Cancelled || v.Issued.Corrects is not null)
            return new LatePaymentClaim(v.DueDate, null, 0, v.Balance.AdjustedTotal, 0, [], 0, 0, true);
        var payments = v.Balance.Payments.Where(p => !p.Reversed).Select(p => (p.Date, p.Amount)).ToList();
        DateOnly? settled = v.Status == InvoiceStatus.Paid ? payments.Select(p => p.Date).DefaultIfEmpty(v.DueDate).Max() : null;
        return LatePaymentInterest.Claim(v.DueDate, v.Balance.AdjustedTotal, payments, settled, asOf, rates);
    }

    public MorosityReport Morosity(int year, DateOnly asOf)
    {
        var all = Domain.Reports.Morosity.Of(OfYear(year, asOf).Select(Figures).ToList(), asOf);
        var clients = OfYear(year, asOf).GroupBy(v => v.ClientId)
            .Select(g => ClientFigures(g.Key, g.ToList(), asOf))
            .Where(c => c.MorosityAmount > 0)
            .OrderByDescending(c => c.MorosityAmount).ThenBy(c => c.ClientName, SpanishCollation.Names).ThenBy(c => c.ClientId.ToString())
            .ToList();
        return new MorosityReport(year, asOf, all.Invoiced, all.Overdue, all.Uncollectible, all.MorosityAmount, all.MorosityRate,
            Domain.Reports.Morosity.Dso(all.Receivables, all.Invoiced, year, asOf), clients.Count, clients);
    }

    private ClientMorosity ClientFigures(Guid clientId, IReadOnlyList<InvoiceView> invoices, DateOnly asOf)
    {
        var f = Domain.Reports.Morosity.Of(invoices.Select(Figures).ToList(), asOf);
        var claims = invoices.Select(v => Claim(v, asOf)).ToList();
        return new ClientMorosity(clientId, clientNames[clientId], f.Invoiced, f.Overdue, f.Uncollectible, f.MorosityAmount, f.MorosityRate,
            f.OverdueInvoices, f.OldestDaysOverdue, claims.Sum(c => c.Claimable), claims.All(c => c.Complete));
    }

    /// <summary>A client's report; its late payments (paid, the last payment after the due date) by due date, latest first, then by id.</summary>
    public ClientMorosityReport ClientMorosity(Guid clientId, int year, DateOnly asOf)
    {
        var invoices = OfYear(year, asOf, clientId).ToList();
        var c = ClientFigures(clientId, invoices, asOf);
        var late = invoices.Where(v => v.Status == InvoiceStatus.Paid)
            .Select(v => (View: v, Paid: v.Balance.Payments.Where(p => !p.Reversed).Select(p => (DateOnly?)p.Date).Max()))
            .Where(x => x.Paid > x.View.DueDate)
            .Select(x => new LatePayment(x.View.Id, x.View.Number, x.View.DueDate, x.Paid!.Value, x.Paid.Value.DayNumber - x.View.DueDate.DayNumber,
                x.View.Balance.AdjustedTotal))
            .OrderByDescending(l => l.DueDate).ThenBy(l => l.InvoiceId).ToList();
        return new ClientMorosityReport(clientId, c.ClientName, year, asOf, c.Invoiced, c.Overdue, c.Uncollectible, c.MorosityAmount,
            c.MorosityRate, c.OverdueInvoices, c.OldestDaysOverdue, c.Claimable, c.ClaimableComplete, late);
    }

    /// <summary>Open on a day: something still due on an invoice issued on or before it.</summary>
    private IEnumerable<InvoiceView> Open(DateOnly asOf, Guid? clientId = null) =>
        views.Where(v => v.Balance.Due > 0 && v.IssueDate <= asOf && (clientId is null || v.ClientId == clientId));

    /// <summary>The whole alert list (every page), by due date then number, and its summary.</summary>
    public (IReadOnlyList<ReceivableResponse> Rows, ReceivablesSummary Summary) Receivables(DateOnly asOf, AlertLevel? level, Guid? clientId)
    {
        var rows = Open(asOf, clientId)
            .Select(v => new ReceivableResponse(v.Id, v.Number, v.ClientId, v.Issued.Client.Name, v.IssueDate, v.DueDate, v.Balance.AdjustedTotal,
                v.Balance.Due, v.DueDate.DayNumber - asOf.DayNumber, Math.Max(0, asOf.DayNumber - v.DueDate.DayNumber),
                AlertLevels.Classify(v.DueDate, asOf, windowDays), null))
            .Where(r => level is null || r.Level == level)
            .OrderBy(r => r.DueDate).ThenBy(r => r.Number, StringComparer.Ordinal).ToList();
        LevelSummary Of(AlertLevel l) => new(rows.Count(r => r.Level == l), rows.Where(r => r.Level == l).Sum(r => r.AmountDue));
        var summary = new ReceivablesSummary(rows.Count, rows.Sum(r => r.AmountDue), Of(AlertLevel.Red).Amount,
            new LevelSummaries(Of(AlertLevel.Green), Of(AlertLevel.Orange), Of(AlertLevel.Red)));
        return (rows, summary);
    }

    /// <summary>Amounts due by days past due (due today is not due yet), in all and per client.</summary>
    public (AgingBuckets Total, IReadOnlyDictionary<Guid, AgingBuckets> PerClient) Aging(DateOnly asOf)
    {
        AgingBuckets Of(IReadOnlyList<InvoiceView> open)
        {
            decimal Sum(AgingBucket b) => open.Where(v => AlertLevels.Age(v.DueDate, asOf) == b).Sum(v => v.Balance.Due);
            return new AgingBuckets(Sum(AgingBucket.NotDue), Sum(AgingBucket.Days1To30), Sum(AgingBucket.Days31To60), Sum(AgingBucket.Days61To90),
                Sum(AgingBucket.Over90), open.Sum(v => v.Balance.Due));
        }
        var open = Open(asOf).ToList();
        return (Of(open), open.GroupBy(v => v.ClientId).ToDictionary(g => g.Key, g => Of(g.ToList())));
    }

    /// <summary>The names a client's open invoices carry (each the snapshot taken when it was issued).</summary>
    public string Name(Guid clientId) => clientNames[clientId];
}
