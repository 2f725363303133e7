using System.Globalization;
using System.Text.Json;
using Blueindic.Api.Tests.Support;
using Blueindic.Domain.Receivables;

namespace Blueindic.Api.Tests.Properties;

/// <summary>
/// A business's history made by a seeded <see cref="Random"/> through the API, in one fresh tenant:
/// clients, invoices issued over several years in several series (back-dated ones among them, due
/// dates past and future), and, interleaved with them, payments in full and in part, reversals,
/// corrections that raise or lower the total, cancellations, annulments, write-offs, recoveries and
/// client renames, each on an invoice picked at random. A command the API refuses (400, 409) is
/// skipped: the history is whatever the API accepted. The same seed makes the same history.
/// </summary>
public sealed class RandomHistory
{
    private static readonly string[] Names = ["Álamo", "alfa", "Nube", "Ñandú", "Zeta", "Óbice", "avena", "nácar", "Érica"];
    private static readonly string[] Series = ["F", "A", "B"];
    private static readonly int[] Terms = [0, 15, 30, 60, 90];
    private static readonly int[] DueInDays = [0, 1, 7, 15, 30, 45, 60, 90, 120, 200, 400];
    // Half the lines have one of a few prices, so clients tie on amounts and the name order shows.
    private static readonly decimal[] CommonPrices = [100m, 250m, 80.5m];
    private static readonly decimal[] VatRates = [21, 21, 10, 4, 0];
    private static readonly decimal[] WithholdingRates = [0, 0, 0, 15, 7];
    private static readonly DateOnly FirstDay = new(2023, 1, 1);

    public required int Seed { get; init; }
    public required TestTenant Tenant { get; init; }
    public required int AlertWindowDays { get; init; }
    /// <summary>Each client's name as it stands now (renames included).</summary>
    public required IReadOnlyDictionary<Guid, string> ClientNames { get; init; }
    /// <summary>The issue and due dates of the invoices issued: days worth judging on.</summary>
    public required IReadOnlyList<DateOnly> IssueDates { get; init; }
    public required IReadOnlyList<DateOnly> DueDates { get; init; }
    /// <summary>Every command sent and its answer's status, in order: what to read when the property fails.</summary>
    public required IReadOnlyList<string> Log { get; init; }
    /// <summary>How many commands of each kind the API accepted.</summary>
    public required IReadOnlyDictionary<string, int> Accepted { get; init; }

    /// <param name="log">Filled as the commands go, so a failure while making the history can show it too.</param>
    public static async Task<RandomHistory> CreateAsync(AppFixture app, int seed, List<string> log)
    {
        var maker = new Maker(await app.NewTenant(), new Random(seed), log);
        await maker.RunAsync();
        return new RandomHistory
        {
            Seed = seed, Tenant = maker.Tenant, AlertWindowDays = maker.Window, ClientNames = maker.ClientNames, IssueDates = maker.IssueDates,
            DueDates = maker.DueDates, Log = maker.Log, Accepted = maker.Accepted,
        };
    }

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private sealed class Maker(TestTenant tenant, Random random, List<string> log)
    {
        public TestTenant Tenant => tenant;
        public int Window = AlertLevels.DefaultWindowDays;
        public readonly Dictionary<Guid, string> ClientNames = [];
        public readonly List<DateOnly> IssueDates = [];
        public readonly List<DateOnly> DueDates = [];
        public List<string> Log => log;
        public readonly Dictionary<string, int> Accepted = [];
        private readonly Dictionary<Guid, int> _terms = [];
        private readonly List<Guid> _invoices = [];
        // Each invoice as the API last answered it; dropped when a command changes it without answering it.
        private readonly Dictionary<Guid, JsonElement> _known = [];
        // The last issue date of each series and year: a later number may not be dated earlier.
        private readonly Dictionary<(string, int), DateOnly> _lastIssued = [];

        public async Task RunAsync()
        {
            if (random.Next(3) > 0)
            {
                Window = random.Next(AlertLevels.MinWindowDays, AlertLevels.MaxWindowDays + 1);
                await Send("alert window", () => tenant.Put("/api/settings/alerts", new { alertWindowDays = Window }), $"{Window} days");
            }
            foreach (var name in Names.OrderBy(_ => random.Next()).Take(random.Next(3, 7)))
            {
                var terms = Terms[random.Next(Terms.Length)];
                var id = await tenant.NewClient(name, equivalenceSurcharge: random.Next(5) == 0, paymentTermsDays: terms);
                ClientNames[id] = name;
                _terms[id] = terms;
            }

            var steps = random.Next(45, 75);
            for (var i = 0; i < steps; i++)
            {
                if (_invoices.Count == 0 || random.Next(10) < 4) { await Issue(); continue; }
                var invoice = _invoices[random.Next(_invoices.Count)];
                var state = _known.TryGetValue(invoice, out var known) ? known : _known[invoice] = await tenant.Invoice(invoice);
                switch (random.Next(20))
                {
                    case < 4: await Pay(state, null, "pay in full"); break;
                    case < 8: await Pay(state, Part(Dec(state, "amountDue")), "pay in part"); break;
                    case < 10: await Reverse(state); break;
                    case < 12: await Command("write off", invoice, $"/api/invoices/{invoice}/uncollectible", new { reason = "Impagada" }); break;
                    case 12: await Pay(state, random.Next(2) == 0 ? Dec(state, "amountWrittenOff") : Part(Dec(state, "amountWrittenOff")), "recover"); break;
                    case 13: await Correct(state, -Part(Dec(state, "netTotal")), "credit"); break;
                    case 14: await Correct(state, Math.Round(Dec(state, "netTotal") * random.Next(90, 130) / -100m, 2), "credit nearly all"); break;
                    case 15: await Correct(state, Part(Dec(state, "netTotal")), "charge"); break;
                    case 16: await Correct(state, null, "cancel"); break;
                    case 17: await Command("annul", invoice, $"/api/invoices/{invoice}/annul", new { reason = "Duplicada" }); break;
                    case 18: await Rename(); break;
                    default: await Pay(state, Part(Dec(state, "amountDue")), "pay in part"); break;
                }
            }
        }

        private async Task Issue()
        {
            var year = new[] { 2023, 2024, 2025, 2025, 2026, 2026 }[random.Next(6)];
            var start = new DateOnly(year, 1, 1);
            var end = year == AppFixture.Today.Year ? AppFixture.Today : new DateOnly(year, 12, 31);
            var issueDate = start.AddDays(random.Next(end.DayNumber - start.DayNumber + 1));
            if (issueDate < FirstDay) issueDate = FirstDay;
            // A series this date may go in, when one can; otherwise any (the API refuses it, which is fine).
            var open = Series.Where(s => !_lastIssued.TryGetValue((s, year), out var last) || last <= issueDate).ToList();
            var series = open.Count > 0 ? open[random.Next(open.Count)] : Series[random.Next(Series.Length)];
            var client = ClientNames.Keys.ElementAt(random.Next(ClientNames.Count));
            var dueDate = random.Next(4) == 0 ? (DateOnly?)null : issueDate.AddDays(DueInDays[random.Next(DueInDays.Length)]);
            var body = new
            {
                clientId = client, series, issueDate = Day(issueDate), dueDate = dueDate is { } d ? Day(d) : null,
                withholdingRate = WithholdingRates[random.Next(WithholdingRates.Length)],
                lines = Enumerable.Range(0, random.Next(1, 4)).Select(_ => random.Next(2) == 0
                    ? new { description = "Servicio", quantity = 1m, unitPrice = CommonPrices[random.Next(CommonPrices.Length)], discountPercent = 0m, vatRate = 21m }
                    : new
                    {
                        description = "Servicio", quantity = (decimal)random.Next(1, 4), unitPrice = random.Next(1_000, 150_001) / 100m,
                        discountPercent = random.Next(4) == 0 ? 10m : 0m, vatRate = VatRates[random.Next(VatRates.Length)],
                    }).ToArray(),
            };
            var result = await Send("issue", () => tenant.Post("/api/invoices", body),
                $"{series} on {Day(issueDate)}, due {(dueDate is { } due ? Day(due) : "by terms")}, to {client}");
            if (result is not { } issued) return;
            _invoices.Add(Id(issued));
            _known[Id(issued)] = issued;
            _lastIssued[(series, year)] = issueDate;
            IssueDates.Add(issueDate);
            DueDates.Add(dueDate ?? issueDate.AddDays(_terms[client]));
        }

        /// <summary>A payment on a day from the invoice's issue to today.</summary>
        private Task Pay(JsonElement invoice, decimal? amount, string kind)
        {
            var issued = DateOnly.Parse(invoice.GetProperty("issueDate").GetString()!, CultureInfo.InvariantCulture);
            var date = issued.AddDays(random.Next(Math.Max(0, AppFixture.Today.DayNumber - issued.DayNumber) + 1));
            return Command(kind, Id(invoice), $"/api/invoices/{Id(invoice)}/payments", new { amount, date = Day(date) });
        }

        /// <summary>Any payment of the invoice, reversed already or not (then it is refused); a payment when it has none.</summary>
        private Task Reverse(JsonElement invoice)
        {
            var payments = invoice.GetProperty("payments").EnumerateArray().ToList();
            if (payments.Count == 0) return Pay(invoice, Part(Dec(invoice, "amountDue")), "pay in part");
            var payment = payments[random.Next(payments.Count)].GetProperty("id").GetGuid();
            return Command("reverse", Id(invoice), $"/api/invoices/{Id(invoice)}/payments/{payment}/reverse", new { reason = "Devuelto" });
        }

        /// <summary>A correction by one line of <paramref name="net"/> (any VAT rate), or the cancellation without lines.</summary>
        private Task Correct(JsonElement invoice, decimal? net, string kind)
        {
            var lines = net is { } n
                ? new[] { new { description = "Corrección", quantity = 1, unitPrice = n == 0 ? -0.01m : n, vatRate = VatRates[random.Next(VatRates.Length)] } }
                : null;
            return Command(kind, Id(invoice), $"/api/invoices/{Id(invoice)}/corrections", new { reason = "Rectificación", lines });
        }

        private async Task Rename()
        {
            var client = ClientNames.Keys.ElementAt(random.Next(ClientNames.Count));
            var name = Names[random.Next(Names.Length)] + (random.Next(2) == 0 ? "" : " Nueva");
            if (await Send("rename", () => tenant.Put($"/api/clients/{client}", new { name, paymentTermsDays = _terms[client] }), $"{client} to {name}") is not null)
                ClientNames[client] = name;
        }

        /// <summary>10 % to 90 % of <paramref name="amount"/>, at least a cent.</summary>
        private decimal Part(decimal amount) => Math.Max(0.01m, Math.Round(amount * random.Next(10, 91) / 100m, 2));

        /// <summary>A command on <paramref name="invoice"/>; its answer is the invoice as it now is (a correction answers the corrective one).</summary>
        private async Task Command(string kind, Guid invoice, string url, object body)
        {
            if (await Send(kind, () => tenant.Post(url, body), url) is not { } answer) return;
            if (Id(answer) == invoice) { _known[invoice] = answer; return; }
            _known.Remove(invoice);
            _invoices.Add(Id(answer));
            _known[Id(answer)] = answer;
        }

        /// <summary>The answer when accepted, null when refused; anything but a refusal fails the test.</summary>
        private async Task<JsonElement?> Send(string kind, Func<Task<Alba.IScenarioResult>> send, string? detail = null)
        {
            var result = await send();
            var status = result.Status();
            Log.Add($"{kind} {detail} → {status}");
            status.ShouldBeOneOf([200, 201, 400, 409], $"{kind}: {result.ReadAsText()}");
            if (status >= 400) return null;
            Accepted[kind] = Accepted.GetValueOrDefault(kind) + 1;
            return result.Json();
        }

        private static Guid Id(JsonElement invoice) => invoice.GetProperty("id").GetGuid();

        private static decimal Dec(JsonElement invoice, string name) => invoice.GetProperty(name).GetDecimal();
    }
}
