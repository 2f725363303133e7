using System.Text.Json;
using Blueindic.Api.Tests.Support;
using Blueindic.Api.Verifactu;
using Blueindic.Projections.Invoices;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Blueindic.Api.Tests.Security;

[Collection(ApiCollection.Name)]
public sealed class ChainCheckTests(AppFixture app)
{
    private static IEnumerable<string> BrokenTenants(JsonElement report) =>
        report.GetProperty("checks")[0].GetProperty("data").GetProperty("broken").EnumerateArray().Select(b => b.GetProperty("tenantId").GetString()!);

    [Fact]
    public async Task A_record_edited_behind_the_API_is_found_by_the_scheduled_check_and_reported_to_the_admin()
    {
        var tenant = await app.NewTenant();
        var client = await tenant.NewClient();
        await tenant.IssueSimpleInvoice(client);
        await tenant.IssueSimpleInvoice(client);
        var check = app.Host.Services.GetRequiredService<ChainCheck>();

        await check.RunOnceAsync(CancellationToken.None);
        var before = await app.Send(HttpMethod.Get, "/health/integrity", AppFixture.AdminKey);
        BrokenTenants(before.Json()).ShouldNotContain(tenant.TenantId.ToString());

        // Someone with database access lowers the second invoice's recorded total.
        var store = app.Host.Services.GetRequiredService<IDocumentStore>();
        await using (var session = store.LightweightSession(tenant.TenantId.ToString()))
        {
            var view = (await session.LoadAsync<VerifactuRecordView>(VerifactuRecordView.IdFor(2)))!;
            view.Record = view.Record! with { GrossTotal = view.Record.GrossTotal - 100 };
            session.Store(view);
            await session.SaveChangesAsync();
        }
        await check.RunOnceAsync(CancellationToken.None);

        var after = await app.Send(HttpMethod.Get, "/health/integrity", AppFixture.AdminKey);
        after.Status().ShouldBe(503);
        var broken = after.Json().GetProperty("checks")[0].GetProperty("data").GetProperty("broken").EnumerateArray()
            .Single(b => b.GetProperty("tenantId").GetString() == tenant.TenantId.ToString());
        broken.GetProperty("firstBrokenAt").GetInt64().ShouldBe(2);
        (await tenant.Get("/api/verifactu/verify")).Json().GetProperty("valid").GetBoolean().ShouldBeFalse();

        (await app.Send(HttpMethod.Get, "/health/integrity", tenant.ApiKey)).Status().ShouldBe(403);
        (await app.Send(HttpMethod.Get, "/health/integrity", null)).Status().ShouldBe(401);
    }

    [Fact]
    public async Task An_anulacion_edited_behind_the_API_is_found_by_the_scheduled_check_at_its_position()
    {
        var tenant = await app.NewTenant();
        var client = await tenant.NewClient();
        var first = (await tenant.IssueSimpleInvoice(client)).GetProperty("id").GetGuid();
        await tenant.IssueSimpleInvoice(client);
        (await tenant.Post($"/api/invoices/{first}/annul", new { reason = "Duplicada" })).Status().ShouldBe(200);   // position 3
        await tenant.IssueSimpleInvoice(client);
        var check = app.Host.Services.GetRequiredService<ChainCheck>();
        await check.RunOnceAsync(CancellationToken.None);
        BrokenTenants((await app.Send(HttpMethod.Get, "/health/integrity", AppFixture.AdminKey)).Json()).ShouldNotContain(tenant.TenantId.ToString());

        // Someone points the anulación at another invoice number.
        var store = app.Host.Services.GetRequiredService<IDocumentStore>();
        await using (var session = store.LightweightSession(tenant.TenantId.ToString()))
        {
            var view = (await session.LoadAsync<VerifactuRecordView>(VerifactuRecordView.IdFor(3)))!;
            view.RecordType.ShouldBe("anulacion");
            view.Annulment = view.Annulment! with { Number = view.Annulment.Number + "9" };
            session.Store(view);
            await session.SaveChangesAsync();
        }
        await check.RunOnceAsync(CancellationToken.None);

        var broken = (await app.Send(HttpMethod.Get, "/health/integrity", AppFixture.AdminKey)).Json()
            .GetProperty("checks")[0].GetProperty("data").GetProperty("broken").EnumerateArray()
            .Single(b => b.GetProperty("tenantId").GetString() == tenant.TenantId.ToString());
        broken.GetProperty("firstBrokenAt").GetInt64().ShouldBe(3);
    }

    [Fact]
    public async Task A_node_with_checks_off_says_so_instead_of_reporting_healthy()
    {
        // Other hosts start with Blueindic__ChainCheckMinutes=0.
        await using var host = await AppFixture.StartOtherHostAsync(new Dictionary<string, string>());
        var result = await host.Scenario(s =>
        {
            s.Get.Url("/health/integrity");
            s.WithRequestHeader("Authorization", $"Bearer {AppFixture.AdminKey}");
        });
        var check = result.Json().GetProperty("checks")[0];
        (check.GetProperty("status").GetString(), check.GetProperty("description").GetString())
            .ShouldBe(("Degraded", "Chain checks are off on this node."));
    }
}
