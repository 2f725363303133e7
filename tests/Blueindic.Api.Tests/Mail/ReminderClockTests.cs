using Blueindic.Api.Reminders;
using Blueindic.Api.Tests.Support;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Blueindic.Api.Tests.Mail;

/// <summary>The scan's own clock: a host that arms it sends a due reminder by itself, with no one asking.</summary>
[Collection(ApiCollection.Name)]
public sealed class ReminderClockTests(AppFixture app)
{
    [Fact]
    public async Task A_host_with_a_scan_period_arms_one_chain_that_sends_due_reminders_by_itself()
    {
        var tenant = await app.NewTenant("Estudio Reloj");
        var email = $"reloj-{Guid.NewGuid():N}@example.com";
        var client = await tenant.RegisterClient(new { name = "Cliente Reloj", email });
        var id = (await tenant.IssueSimpleInvoice(client.GetProperty("id").GetGuid(), "2026-04-01", "2026-06-14")).GetProperty("id").GetGuid();
        var store = app.Host.Services.GetRequiredService<IDocumentStore>();

        await using (var ticking = await AppFixture.StartOtherHostAsync(new Dictionary<string, string> { ["Blueindic__Reminders__ScanSeconds"] = "1" }))
        {
            try
            {
                var mails = await AppFixture.Smtp.WaitForAsync(m => SmtpSink.To(m, email), timeout: TimeSpan.FromSeconds(30));
                mails.ShouldHaveSingleItem();
                await using var query = store.QuerySession();
                var clock = (await query.LoadAsync<ReminderClock>(ReminderClock.Key)).ShouldNotBeNull();
                clock.EverySeconds.ShouldBe(1);
            }
            finally
            {
                // Ends the chain: the tick still scheduled finds no clock and stops, on whichever host picks it up.
                await using var session = store.LightweightSession();
                session.Delete<ReminderClock>(ReminderClock.Key);
                await session.SaveChangesAsync();
            }
        }
        (await tenant.HistoryOf($"/api/invoices/{id}/history")).Count(e => e.GetProperty("type").GetString() == "ReminderSent").ShouldBe(1);
    }
}
