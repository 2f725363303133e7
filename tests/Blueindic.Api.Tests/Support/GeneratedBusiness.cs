using System.Globalization;
using System.Text.Json;

namespace Blueindic.Api.Tests.Support;

/// <summary>
/// A business built through the API from a seeded <see cref="Random"/>, as a user would: invoices issued
/// over a year and a half to clients with different terms and taxes, then settled, part-paid, written
/// off, recovered, reversed, corrected or cancelled. Every run with the same seed makes the same business.
/// </summary>
public sealed class GeneratedBusiness
{
    /// <summary>What happened to an invoice after it was issued.</summary>
    public enum Story
    {
        Untouched, PaidInFull, PaidInPart, PaidInPartThenWrittenOff, WrittenOff, WrittenOffThenRecovered, RecoveryReversed,
        PaymentReversed, Cancelled, CreditedByCorrection, CreditedThenPaid, ChargedByCorrection,
    }

    private static readonly DateOnly FirstIssue = new(2025, 1, 1);
    private static readonly int[] DueInDays = [0, 7, 15, 30, 30, 45, 60, 90, 180];
    private static readonly decimal[] VatRates = [21, 21, 10, 4, 0];
    private static readonly decimal[] WithholdingRates = [0, 0, 0, 15, 7];

    public required TestTenant Tenant { get; init; }
    public required int Seed { get; init; }
    public required IReadOnlyList<Guid> Clients { get; init; }
    public required IReadOnlyDictionary<Story, int> Stories { get; init; }

    public static async Task<GeneratedBusiness> CreateAsync(AppFixture app, int seed, int clientCount, int invoiceCount)
    {
        var random = new Random(seed);
        var tenant = await app.NewTenant();
        var clients = new List<Guid>();
        for (var i = 0; i < clientCount; i++)
            clients.Add((await tenant.RegisterClient(new
            {
                name = $"Cliente {(char)('A' + i)}{random.Next(100, 999)}", equivalenceSurcharge = random.Next(5) == 0,
                paymentTermsDays = DueInDays[random.Next(DueInDays.Length)],
            })).GetProperty("id").GetGuid());

        // Issued in date order: a series' numbers may not go back in time.
        var span = AppFixture.Today.DayNumber - FirstIssue.DayNumber;
        var issueDates = Enumerable.Range(0, invoiceCount).Select(_ => FirstIssue.AddDays(random.Next(span + 1))).Order().ToList();
        var invoices = new List<JsonElement>();
        foreach (var issueDate in issueDates)
            invoices.Add(await tenant.IssueInvoice(new
            {
                clientId = clients[random.Next(clients.Count)], issueDate = Day(issueDate),
                dueDate = random.Next(4) == 0 ? null : Day(issueDate.AddDays(DueInDays[random.Next(DueInDays.Length)])),
                withholdingRate = WithholdingRates[random.Next(WithholdingRates.Length)],
                lines = Enumerable.Range(0, random.Next(1, 4)).Select(_ => new
                {
                    description = "Servicio", quantity = random.Next(1, 4), unitPrice = Cents(random, 10, 1500),
                    discountPercent = random.Next(4) == 0 ? 10m : 0m, vatRate = VatRates[random.Next(VatRates.Length)],
                }).ToArray(),
            }));

        var stories = Enum.GetValues<Story>().ToDictionary(s => s, _ => 0);
        var steps = new Steps(tenant, random);
        foreach (var invoice in invoices)
        {
            var story = (Story)random.Next(stories.Count);
            await steps.Tell(invoice, story);
            stories[story]++;
        }
        return new GeneratedBusiness { Tenant = tenant, Seed = seed, Clients = clients, Stories = stories };
    }

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A price in euros and cents from <paramref name="min"/> to <paramref name="max"/>.</summary>
    private static decimal Cents(Random random, int min, int max) => random.Next(min * 100, max * 100 + 1) / 100m;

    /// <summary>The commands of each story, each one checked to succeed, on the invoice as the previous answer left it.</summary>
    private sealed class Steps(TestTenant tenant, Random random)
    {
        public async Task Tell(JsonElement invoice, Story story)
        {
            switch (story)
            {
                case Story.Untouched: break;
                case Story.PaidInFull: await Pay(invoice, null); break;
                case Story.PaidInPart: await PayPart(invoice); break;
                case Story.PaidInPartThenWrittenOff: await WriteOff(await PayPart(invoice)); break;
                case Story.WrittenOff: await WriteOff(invoice); break;
                case Story.WrittenOffThenRecovered: await Recover(await WriteOff(invoice)); break;
                case Story.RecoveryReversed: await ReverseLast(await Recover(await WriteOff(invoice))); break;
                case Story.PaymentReversed: await ReverseLast(random.Next(2) == 0 ? await Pay(invoice, null) : await PayPart(invoice)); break;
                case Story.Cancelled: await Correct(invoice, null); break;
                case Story.CreditedByCorrection: await Correct(invoice, -Part(Dec(invoice, "netTotal"))); break;
                case Story.CreditedThenPaid: await Pay(await Correct(invoice, -Part(Dec(invoice, "netTotal"))), null); break;
                case Story.ChargedByCorrection: await Correct(invoice, Part(Dec(invoice, "netTotal"))); break;
            }
        }

        /// <summary>5 % to 40 %, so a credit never takes more than is due (VAT and withholding included).</summary>
        private decimal Part(decimal amount) => Math.Max(0.01m, Math.Round(amount * random.Next(5, 41) / 100m, 2));

        private Task<JsonElement> Pay(JsonElement invoice, decimal? amount) =>
            Command($"/api/invoices/{Id(invoice)}/payments", new { amount, date = Day(PaymentDay(invoice)) });

        private Task<JsonElement> PayPart(JsonElement invoice) => Pay(invoice, Math.Max(0.01m, Math.Round(Dec(invoice, "amountDue") * random.Next(10, 91) / 100m, 2)));

        private Task<JsonElement> WriteOff(JsonElement invoice) => Command($"/api/invoices/{Id(invoice)}/uncollectible", new { reason = "Impagada" });

        /// <summary>A payment after a write-off: all of it, or a part.</summary>
        private Task<JsonElement> Recover(JsonElement invoice)
        {
            var writtenOff = Dec(invoice, "amountWrittenOff");
            return Pay(invoice, random.Next(2) == 0 ? writtenOff : Math.Max(0.01m, Math.Round(writtenOff / 2, 2)));
        }

        private Task<JsonElement> ReverseLast(JsonElement invoice)
        {
            var payment = invoice.GetProperty("payments").EnumerateArray().Last().GetProperty("id").GetGuid();
            return Command($"/api/invoices/{Id(invoice)}/payments/{payment}/reverse", new { reason = "Devuelto" });
        }

        /// <summary>Cancels the invoice (no lines), or corrects it by one line of <paramref name="net"/>; answers the original as it now is.</summary>
        private async Task<JsonElement> Correct(JsonElement invoice, decimal? net)
        {
            var lines = net is { } n ? new[] { new { description = "Corrección", quantity = 1, unitPrice = n, vatRate = 21m } } : null;
            var result = await tenant.Post($"/api/invoices/{Id(invoice)}/corrections", new { reason = "Rectificación", lines });
            result.Status().ShouldBe(201, result.ReadAsText());
            return await tenant.Invoice(Id(invoice));
        }

        private DateOnly PaymentDay(JsonElement invoice)
        {
            var issued = DateOnly.Parse(invoice.GetProperty("issueDate").GetString()!, CultureInfo.InvariantCulture);
            return issued.AddDays(random.Next(AppFixture.Today.DayNumber - issued.DayNumber + 1));
        }

        private async Task<JsonElement> Command(string url, object body)
        {
            var result = await tenant.Post(url, body);
            result.Status().ShouldBe(200, $"{url}: {result.ReadAsText()}");
            return result.Json();
        }

        private static Guid Id(JsonElement invoice) => invoice.GetProperty("id").GetGuid();

        private static decimal Dec(JsonElement invoice, string name) => invoice.GetProperty(name).GetDecimal();
    }
}
