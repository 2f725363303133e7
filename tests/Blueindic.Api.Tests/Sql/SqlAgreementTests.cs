using System.Runtime.CompilerServices;
using Blueindic.Api.EventStore;
using Blueindic.Api.Receivables;
using Blueindic.Api.Reports;
using Blueindic.Api.Sql;
using Blueindic.Api.Tests.Support;
using Blueindic.Domain.Common;
using Blueindic.Domain.Invoices;
using Blueindic.Domain.Receivables;
using Blueindic.Domain.Reports;
using Blueindic.Projections.Clients;
using Blueindic.Projections.Invoices;
using Marten;
using Marten.Events;
using Microsoft.Extensions.DependencyInjection;

namespace Blueindic.Api.Tests.Sql;

/// <summary>
/// Every rule written both in C# and in the SQL of <c>Blueindic.Api.Sql</c>, computed both ways on
/// one generated business (<see cref="GeneratedBusiness"/>) and compared, over several years, days
/// and alert windows. The C# side runs over the invoice views as loaded; the SQL side is the statement
/// the API runs. A test names the rule it pins.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class SqlAgreementTests(AppFixture app)
{
    private const int Seed = 20261115;
    private static readonly ConditionalWeakTable<AppFixture, Task<GeneratedBusiness>> Businesses = new();

    private static readonly DateOnly[] Days =
    [
        new(2025, 1, 31), new(2025, 6, 30), new(2025, 12, 31), new(2026, 1, 1), new(2026, 3, 15), new(2026, 6, 1),
        new(2026, 6, 14), AppFixture.Today, new(2026, 7, 20), new(2027, 1, 1),
    ];

    private static readonly int[] Years = [2025, 2026];

    /// <summary>The year/asOf pairs a report can be asked for: the year's days up to asOf.</summary>
    private static IEnumerable<(int Year, DateOnly AsOf)> YearsAndDays() =>
        from year in Years from day in Days where day.Year >= year select (year, day);

    [Fact]
    public async Task Generated_business_tells_every_story()
    {
        var business = await Business();
        foreach (var (story, count) in business.Stories)
            count.ShouldBeGreaterThan(0, $"seed {business.Seed}: no invoice was {story}");
    }

    [Fact]
    public async Task Counts_as_invoiced_agrees_between_InvoiceRows_Figures_and_MorosityByClient()
    {
        await using var session = await Session();
        var views = await Views(session);
        views.ShouldContain(v => v.Status == InvoiceStatus.Cancelled);
        views.ShouldContain(v => v.Issued.Corrects != null && v.Issued.Corrects.Cancels);
        views.ShouldContain(v => v.Issued.Corrects != null && !v.Issued.Corrects.Cancels);
        foreach (var (year, asOf) in YearsAndDays())
        {
            var (csharp, perClient, sql) = await BothWays(session, views, year, asOf);
            sql.Totals.Invoiced.ShouldBe(csharp.Invoiced, $"{year} as of {asOf}");
            foreach (var listed in sql.Clients)
                listed.Sums.Invoiced.ShouldBe(perClient[listed.ClientId].Invoiced, $"{year} as of {asOf}, client {listed.ClientId}");
        }
    }

    [Fact]
    public async Task Overdue_agrees_between_Morosity_Of_and_MorosityByClient()
    {
        await using var session = await Session();
        var views = await Views(session);
        foreach (var (year, asOf) in YearsAndDays())
        {
            var (csharp, perClient, sql) = await BothWays(session, views, year, asOf);
            var totals = Morosity.FromSums(sql.Totals, asOf);
            (totals.Overdue, totals.OverdueInvoices, totals.OldestDaysOverdue)
                .ShouldBe((csharp.Overdue, csharp.OverdueInvoices, csharp.OldestDaysOverdue), $"{year} as of {asOf}");
            foreach (var listed in sql.Clients)
            {
                var f = Morosity.FromSums(listed.Sums, asOf);
                var c = perClient[listed.ClientId];
                (f.Overdue, f.OverdueInvoices, f.OldestDaysOverdue).ShouldBe((c.Overdue, c.OverdueInvoices, c.OldestDaysOverdue),
                    $"{year} as of {asOf}, client {listed.ClientId}");
            }
        }
    }

    [Fact]
    public async Task Overdue_agrees_between_AlertLevels_Classify_red_and_ReceivablesByLevel()
    {
        await using var session = await Session();
        var views = await Views(session);
        foreach (var day in Days)
        {
            var red = Open(views, day).Where(v => AlertLevels.Classify(v.DueDate, day, AlertLevels.DefaultWindowDays) == AlertLevel.Red).ToList();
            var sql = await ReceivablesByLevel.ForAsync(session, null, null, day, AlertLevels.DefaultWindowDays, CancellationToken.None);
            (sql.RedCount, sql.RedAmount).ShouldBe((red.Count, red.Sum(v => v.Balance.Due)), $"as of {day}");
        }
    }

    [Fact]
    public async Task Open_and_amount_due_agree_between_InvoiceBalance_Due_and_the_amount_due_column()
    {
        await using var session = await Session();
        var views = await Views(session);
        views.ShouldContain(v => v.Balance.Due > 0);
        views.ShouldContain(v => v.Balance.Due == 0);
        var business = await Business();
        foreach (var clientId in business.Clients.Cast<Guid?>().Append(null))
        {
            var open = Open(views, AppFixture.Today).Where(v => clientId is null || v.ClientId == clientId).ToList();
            var sql = await ReceivablesByLevel.ForAsync(session, clientId, null, AppFixture.Today, AlertLevels.DefaultWindowDays, CancellationToken.None);
            (sql.RedCount + sql.OrangeCount + sql.GreenCount, sql.RedAmount + sql.OrangeAmount + sql.GreenAmount)
                .ShouldBe((open.Count, open.Sum(v => v.Balance.Due)), $"client {clientId}");
        }
        foreach (var (year, asOf) in YearsAndDays())
        {
            var (csharp, _, sql) = await BothWays(session, views, year, asOf);
            sql.Totals.Receivables.ShouldBe(csharp.Receivables, $"{year} as of {asOf}");
        }
    }

    [Fact]
    public async Task Alert_levels_agree_between_AlertLevels_Classify_and_ReceivablesByLevel()
    {
        await using var session = await Session();
        var views = await Views(session);
        var business = await Business();
        foreach (var day in Days)
        foreach (var window in new[] { AlertLevels.MinWindowDays, AlertLevels.DefaultWindowDays, 30, AlertLevels.MaxWindowDays })
        foreach (var clientId in new Guid?[] { null, business.Clients[0] })
        foreach (var level in new AlertLevel?[] { null, AlertLevel.Red, AlertLevel.Orange, AlertLevel.Green })
        {
            var open = Open(views, day).Where(v => clientId is null || v.ClientId == clientId)
                .Select(v => (Level: AlertLevels.Classify(v.DueDate, day, window), v.Balance.Due))
                .Where(v => level is null || v.Level == level).ToList();
            (int, decimal) In(AlertLevel l) => (open.Count(v => v.Level == l), open.Where(v => v.Level == l).Sum(v => v.Due));
            var sql = await ReceivablesByLevel.ForAsync(session, clientId, level, day, window, CancellationToken.None);
            var because = $"as of {day}, window {window}, client {clientId}, level {level}";
            (sql.RedCount, sql.RedAmount).ShouldBe(In(AlertLevel.Red), because);
            (sql.OrangeCount, sql.OrangeAmount).ShouldBe(In(AlertLevel.Orange), because);
            (sql.GreenCount, sql.GreenAmount).ShouldBe(In(AlertLevel.Green), because);
        }
    }

    [Fact]
    public async Task Morosity_figures_and_the_morose_clients_agree_between_Morosity_Of_and_Morosity_FromSums_of_MorosityByClient()
    {
        await using var session = await Session();
        var views = await Views(session);
        foreach (var (year, asOf) in YearsAndDays())
        {
            var because = $"{year} as of {asOf}";
            var (csharp, perClient, sql) = await BothWays(session, views, year, asOf);
            Morosity.FromSums(sql.Totals, asOf).ShouldBe(csharp, because);
            var morose = perClient.Where(c => c.Value.MorosityAmount > 0).ToDictionary();
            sql.ClientCount.ShouldBe(morose.Count, because);
            sql.Clients.Select(c => c.ClientId).ShouldBe(morose.Keys, ignoreOrder: true, because);
            foreach (var listed in sql.Clients)
                Morosity.FromSums(listed.Sums, asOf).ShouldBe(morose[listed.ClientId], $"{because}, client {listed.ClientId}");
            // Largest morosity amount first.
            sql.Clients.Select(c => morose[c.ClientId].MorosityAmount).ShouldBe(morose.Values.Select(c => c.MorosityAmount).OrderDescending(), because);
        }
        var (_, _, someMorose) = await BothWays(session, views, 2025, AppFixture.Today);
        someMorose.ClientCount.ShouldBeGreaterThan(1);
    }

    [Fact]
    public async Task Revenue_per_client_and_year_agrees_between_the_invoice_views_and_ClientRevenueRanking_and_MonthlySales()
    {
        await using var session = await Session();
        var views = await Views(session);
        await app.Host.WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(60));
        // Every invoice counts with its sign in its own issue year, corrective ones included.
        var byClientYear = views.GroupBy(v => (v.ClientId, v.IssueDate.Year)).ToDictionary(g => g.Key,
            g => (Net: g.Sum(v => v.Issued.Amounts.NetTotal), Total: g.Sum(v => v.Issued.Amounts.Total), Count: g.Count()));
        var names = views.GroupBy(v => v.ClientId).ToDictionary(g => g.Key, g => g.First().Issued.Client.Name);
        // 2024 has no invoices: every client is listed only for its net of the compared year.
        foreach (var (year, compareYear) in new[] { (2026, 2025), (2025, 2024), (2024, 2025), (2025, 2026) })
        foreach (var ascending in new[] { false, true })
        {
            var because = $"{year} against {compareYear}, {(ascending ? "bottom" : "top")} first";
            var rows = names.Keys.Select(client =>
                {
                    var current = byClientYear.GetValueOrDefault((client, year));
                    var previous = byClientYear.GetValueOrDefault((client, compareYear));
                    return (ClientId: client, current.Net, current.Total, InvoiceCount: current.Count, PreviousNet: previous.Net);
                })
                .Where(r => r.Net != 0 || r.PreviousNet != 0).ToList();
            var expected = (ascending
                    ? rows.OrderBy(r => r.Net).ThenBy(r => r.Net - r.PreviousNet)
                    : rows.OrderByDescending(r => r.Net).ThenByDescending(r => r.Net - r.PreviousNet))
                .ThenBy(r => names[r.ClientId], SpanishCollation.Names).ToList();
            var sql = await ClientRevenueRanking.ForAsync(session, year, compareYear, ascending, int.MaxValue, CancellationToken.None);
            sql.Rows.Select(r => (r.ClientId, r.Net, r.Total, r.InvoiceCount, r.PreviousNet)).ShouldBe(expected, because);
            sql.TotalNet.ShouldBe(rows.Sum(r => r.Net), because);
            (await MonthlySalesReport.LoadAsync(session, year, compareYear, CancellationToken.None)).TotalNet.ShouldBe(sql.TotalNet, because);
        }
    }

    [Fact]
    public async Task Aging_agrees_between_AlertLevels_Age_and_AgingByClient()
    {
        await using var session = await Session();
        var views = await Views(session);
        var names = (await session.Query<ClientView>().ToListAsync()).ToDictionary(c => c.Id, c => c.Details.Name);
        foreach (var day in Days)
        {
            var open = Open(views, day).ToList();
            var perClient = open.GroupBy(v => v.ClientId).ToDictionary(g => g.Key, g => Aged(g, day));
            var sql = await AgingByClient.ForAsync(session, day, int.MaxValue, CancellationToken.None);
            var because = $"as of {day}";
            sql.Total.ShouldBe(Aged(open, day), because);
            sql.ClientCount.ShouldBe(perClient.Count, because);
            sql.Clients.Select(c => (c.ClientId, c.ClientName, c.Buckets)).ShouldBe(perClient
                .OrderByDescending(c => c.Value.Total).ThenBy(c => names[c.Key], SpanishCollation.Names).ThenBy(c => c.Key)
                .Select(c => (c.Key, names[c.Key], c.Value)), because);
            var firstTwo = await AgingByClient.ForAsync(session, day, 2, CancellationToken.None);
            firstTwo.Clients.ShouldBe(sql.Clients.Take(2), because);
            firstTwo.ClientCount.ShouldBe(sql.ClientCount, because);
        }
        (await AgingByClient.ForAsync(session, AppFixture.Today, 100, CancellationToken.None)).Total.Over90.ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task The_rollups_the_triggers_keep_equal_the_invoice_views_summed_in_CSharp()
    {
        await using var session = await Session();
        await Rollups.ShouldMatchTheViewsAsync(session);
    }

    private static AgingBuckets Aged(IEnumerable<InvoiceView> open, DateOnly day)
    {
        var sums = open.GroupBy(v => AlertLevels.Age(v.DueDate, day)).ToDictionary(g => g.Key, g => g.Sum(v => v.AmountDue));
        decimal Sum(AgingBucket b) => sums.GetValueOrDefault(b);
        return new AgingBuckets(Sum(AgingBucket.NotDue), Sum(AgingBucket.Days1To30), Sum(AgingBucket.Days31To60), Sum(AgingBucket.Days61To90),
            Sum(AgingBucket.Over90), sums.Values.Sum());
    }

    /// <summary>The year's morosity both ways: C# over the views, per client and in all; SQL as the report runs it, every client listed.</summary>
    private static async Task<(MorosityFigures CSharp, Dictionary<Guid, MorosityFigures> PerClient, MorosityByClient.Result Sql)> BothWays(
        IQuerySession session, IReadOnlyList<InvoiceView> views, int year, DateOnly asOf)
    {
        var (from, to) = InvoiceRows.YearUpTo(year, asOf);
        var ofYear = views.Where(v => v.IssueDate >= from && v.IssueDate <= to).ToList();
        var perClient = ofYear.GroupBy(v => v.ClientId).ToDictionary(g => g.Key, g => Morosity.Of(g.Select(InvoiceRows.Figures).ToList(), asOf));
        var sql = await MorosityByClient.ForAsync(session, from, to, asOf, int.MaxValue, CancellationToken.None);
        return (Morosity.Of(ofYear.Select(InvoiceRows.Figures).ToList(), asOf), perClient, sql);
    }

    /// <summary>Open as the domain says it: something still due on the balance.</summary>
    // Open on a day: something still due on an invoice issued on or before it.
    private static IEnumerable<InvoiceView> Open(IEnumerable<InvoiceView> views, DateOnly day) =>
        views.Where(v => v.Balance.Due > 0 && v.IssueDate <= day);

    private Task<GeneratedBusiness> Business() =>
        Businesses.GetValue(app, a => GeneratedBusiness.CreateAsync(a, Seed, clientCount: 9, invoiceCount: 90));

    private async Task<IQuerySession> Session() =>
        app.Host.Services.GetRequiredService<IDocumentStore>().QuerySession((await Business()).Tenant.TenantId.ToString());

    private static async Task<IReadOnlyList<InvoiceView>> Views(IQuerySession session)
    {
        var views = await session.Query<InvoiceView>().ToListAsync();
        views.Count.ShouldBeGreaterThan(90);   // the corrective invoices are invoices too
        return views;
    }
}
