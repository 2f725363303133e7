using System.Text.Json;
using System.Text.Json.Serialization;
using Blueindic.Api.Clients;
using Blueindic.Api.Receivables;
using Blueindic.Api.Reports;
using Blueindic.Api.Tests.Support;
using Blueindic.Domain.Common;
using Blueindic.Domain.Receivables;
using Blueindic.Domain.Reports;
using Blueindic.Projections.Invoices;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Blueindic.Api.Tests.Properties;

/// <summary>
/// The property: for any history a business can have and any asOf day, the API's morosity reports
/// (business and client) and receivables (alert list, its summary, aging) equal a recomputation from
/// the business's invoice views (<see cref="Recomputed"/>). Black box: the API is asked over HTTP, so
/// the property holds whatever computes its answers (SQL at query time, rollups, memory). Histories come
/// from <see cref="RandomHistory"/> with fixed seeds; a failure names its seed and the commands of its
/// history. BLUEINDIC_PROPERTY_SEEDS=7,8,9 runs other seeds instead.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class ReportsPropertyTests(AppFixture app, ITestOutputHelper output)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static TheoryData<int> Seeds()
    {
        var chosen = Environment.GetEnvironmentVariable("BLUEINDIC_PROPERTY_SEEDS");
        return new TheoryData<int>(string.IsNullOrWhiteSpace(chosen) ? Enumerable.Range(1, 10) : chosen.Split(',').Select(int.Parse));
    }

    [Theory, MemberData(nameof(Seeds))]
    public async Task Reports_equal_a_recomputation_from_the_invoice_views_on_any_day(int seed)
    {
        var log = new List<string>();
        try
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var history = await RandomHistory.CreateAsync(app, seed, log);
            var made = clock.Elapsed;
            var asked = await CheckAsync(history, new Random(seed));
            output.WriteLine($"seed {seed}: {history.IssueDates.Count} invoices issued, made in {made.TotalSeconds:0.0} s; {asked} reports checked in "
                             + $"{(clock.Elapsed - made).TotalSeconds:0.0} s; accepted {string.Join(", ", history.Accepted.Select(a => $"{a.Key}×{a.Value}"))}");
        }
        catch (Exception e)
        {
            throw new XunitException($"Property failed for seed {seed} (rerun it alone: BLUEINDIC_PROPERTY_SEEDS={seed}).\n{e.Message}\n\n"
                                     + $"History:\n{string.Join("\n", log)}");
        }
    }

    private int _asked;

    /// <summary>Checks the reports on several days; answers how many were asked for.</summary>
    private async Task<int> CheckAsync(RandomHistory history, Random random)
    {
        var views = await ViewsAsync(history);
        var rates = app.Host.Services.GetRequiredService<LatePaymentRates>();
        var expected = new Recomputed(views, history.ClientNames, history.AlertWindowDays, rates);
        var clients = history.ClientNames.Keys.ToList();
        foreach (var day in Days(history, random))
        {
            foreach (var year in new[] { day.Year, random.Next(2023, 2028) }.Distinct())
            {
                await MorosityAsync(history, expected, year, day, random);
                var client = clients[random.Next(clients.Count)];
                var actual = await GetAsync<ClientMorosityReport>(history, $"/api/clients/{client}/morosity?year={year}&asOf={day:yyyy-MM-dd}");
                var wanted = expected.ClientMorosity(client, year, day);
                var because = $"client {client}'s morosity of {year} as of {day}";
                Without(actual).ShouldBe(Without(wanted), because);
                actual.LatePayments.OrderByDescending(l => l.DueDate).ThenBy(l => l.InvoiceId).ToList().ShouldBe(wanted.LatePayments.ToList(), because);
            }
            await ReceivablesAsync(history, expected, day, null, null, random.Next(2) == 0 ? 100 : random.Next(3, 9));
            foreach (var level in Enum.GetValues<AlertLevel>()) await ReceivablesAsync(history, expected, day, level, null, 100);
            await ReceivablesAsync(history, expected, day, null, clients[random.Next(clients.Count)], 100);
            await ReceivablesAsync(history, expected, day, (AlertLevel)random.Next(3), clients[random.Next(clients.Count)], 100);
            await AgingAsync(history, expected, day, random);
        }
        return _asked;
    }

    /// <summary>
    /// Today, a day before any invoice, year ends, and days drawn from the history: an issue date and
    /// the day before it, two days on an edge of some due date (due, overdue, the alert window's
    /// start, an aging bucket's), any day of the years invoiced, a future day.
    /// </summary>
    private static IEnumerable<DateOnly> Days(RandomHistory history, Random random)
    {
        var issued = history.IssueDates[random.Next(history.IssueDates.Count)];
        int[] edges = [0, 1, -history.AlertWindowDays, 1 - history.AlertWindowDays, 30, 31, 60, 61, 90, 91];
        DateOnly Edge() => history.DueDates[random.Next(history.DueDates.Count)].AddDays(edges[random.Next(edges.Length)]);
        var start = new DateOnly(2023, 1, 1);
        return new[]
        {
            AppFixture.Today, new DateOnly(2022, 6, 1), new DateOnly(2024, 12, 31), new DateOnly(2025, 12, 31), issued, issued.AddDays(-1), Edge(),
            Edge(), start.AddDays(random.Next(AppFixture.Today.DayNumber - start.DayNumber)), AppFixture.Today.AddDays(random.Next(1, 400)),
        }.Distinct();
    }

    private async Task MorosityAsync(RandomHistory history, Recomputed expected, int year, DateOnly day, Random random)
    {
        var wanted = expected.Morosity(year, day);
        var because = $"morosity of {year} as of {day}";
        var actual = await GetAsync<MorosityReport>(history, $"/api/reports/morosity?year={year}&asOf={day:yyyy-MM-dd}&limit=100");
        Without(actual).ShouldBe(Without(wanted), because);
        actual.Clients.ToList().ShouldBe(wanted.Clients.ToList(), because);

        // A shorter list is the longer one's start; the totals and the count still cover every client.
        var limit = random.Next(1, 4);
        var few = await GetAsync<MorosityReport>(history, $"/api/reports/morosity?year={year}&asOf={day:yyyy-MM-dd}&limit={limit}");
        Without(few).ShouldBe(Without(wanted), $"{because}, limit {limit}");
        few.Clients.ToList().ShouldBe(wanted.Clients.Take(limit).ToList(), $"{because}, limit {limit}");
    }

    /// <summary>Every page of the alert list, <paramref name="limit"/> at a time: the rows in order, and each page's summary of all of them.</summary>
    private async Task ReceivablesAsync(RandomHistory history, Recomputed expected, DateOnly day, AlertLevel? level, Guid? clientId, int limit)
    {
        var (rows, summary) = expected.Receivables(day, level, clientId);
        var because = $"receivables as of {day}, level {level?.ToString() ?? "any"}, client {clientId?.ToString() ?? "any"}, limit {limit}";
        var query = $"/api/receivables?asOf={day:yyyy-MM-dd}&limit={limit}"
                    + (level is { } l ? $"&level={JsonNamingPolicy.CamelCase.ConvertName(l.ToString())}" : "") + (clientId is { } c ? $"&clientId={c}" : "");
        var seen = new List<ReceivableResponse>();
        string? cursor = null;
        do
        {
            var page = await GetAsync<ReceivablesPage>(history, cursor is null ? query : $"{query}&cursor={Uri.EscapeDataString(cursor)}");
            (page.AsOf, page.AlertWindowDays).ShouldBe((day, history.AlertWindowDays), because);
            page.Summary.ShouldBe(summary, because);
            page.Data.Count.ShouldBeLessThanOrEqualTo(limit, because);
            seen.AddRange(page.Data);
            cursor = page.NextCursor;
        } while (cursor is not null && seen.Count <= rows.Count);
        seen.ShouldBe(rows.ToList(), because);
    }

    /// <summary>
    /// The aging buckets, in all and per client; clients by total, largest first, then by current name,
    /// then by id; a short list is the start of the long one, and the count covers every client.
    /// </summary>
    private async Task AgingAsync(RandomHistory history, Recomputed expected, DateOnly day, Random random)
    {
        var (total, perClient) = expected.Aging(day);
        var because = $"aging as of {day}";
        var wanted = perClient.Select(c => new ClientAging(c.Key, expected.Name(c.Key), c.Value))
            .OrderByDescending(c => c.Buckets.Total).ThenBy(c => c.ClientName, SpanishCollation.Names).ThenBy(c => c.ClientId.ToString()).ToList();
        var actual = await GetAsync<AgingReport>(history, $"/api/receivables/aging?asOf={day:yyyy-MM-dd}&limit=100");
        (actual.AsOf, actual.Total, actual.ClientCount).ShouldBe((day, total, wanted.Count), because);
        actual.Clients.ToList().ShouldBe(wanted, because);
        var limit = random.Next(1, 4);
        var few = await GetAsync<AgingReport>(history, $"/api/receivables/aging?asOf={day:yyyy-MM-dd}&limit={limit}");
        (few.Total, few.ClientCount).ShouldBe((total, wanted.Count), $"{because}, limit {limit}");
        few.Clients.ToList().ShouldBe(wanted.Take(limit).ToList(), $"{because}, limit {limit}");
    }

    private static readonly ClientMorosity[] NoClients = [];
    private static readonly LatePayment[] NoLatePayments = [];
    private static MorosityReport Without(MorosityReport r) => r with { Clients = NoClients };
    private static ClientMorosityReport Without(ClientMorosityReport r) => r with { LatePayments = NoLatePayments };

    private async Task<T> GetAsync<T>(RandomHistory history, string url)
    {
        _asked++;
        var result = await history.Tenant.Get(url);
        result.Status().ShouldBe(200, $"{url}: {result.ReadAsText()}");
        return JsonSerializer.Deserialize<T>(result.ReadAsText(), Json)!;
    }

    private async Task<IReadOnlyList<InvoiceView>> ViewsAsync(RandomHistory history)
    {
        await using var session = app.Host.Services.GetRequiredService<IDocumentStore>().QuerySession(history.Tenant.TenantId.ToString());
        var views = await session.Query<InvoiceView>().ToListAsync();
        views.Count.ShouldBeGreaterThanOrEqualTo(history.IssueDates.Count);
        // The columns lists filter on are copies of the balance: they must say the same.
        foreach (var v in views) (v.AmountDue, v.Status).ShouldBe((v.Balance.Due, v.Balance.Status), $"invoice {v.Number}");
        return views;
    }
}
