using Marten;
using Microsoft.Extensions.DependencyInjection;
using Blueindic.Api.Tests.Support;

namespace Blueindic.Api.Tests.Clients;

[Collection(ApiCollection.Name)]
public sealed class ConcurrencyAndIdempotencyTests(AppFixture app)
{
    private static Dictionary<string, string> IfMatch(string tag) => new() { ["If-Match"] = tag };
    private static Dictionary<string, string> Key(string key) => new() { ["Idempotency-Key"] = key };

    [Fact]
    public async Task A_stale_If_Match_is_412_and_appends_nothing()
    {
        var tenant = await app.NewTenant();
        var id = (await tenant.RegisterClient(new { name = "Versión uno" })).GetProperty("id").GetGuid();
        (await tenant.Put($"/api/clients/{id}", new { name = "Versión dos" }, IfMatch("\"1\""))).Status().ShouldBe(200);

        var stale = await tenant.Put($"/api/clients/{id}", new { name = "Versión perdida" }, IfMatch("\"1\""));
        stale.Status().ShouldBe(412);
        stale.Json().GetProperty("currentVersion").GetInt64().ShouldBe(2);
        (await tenant.Post($"/api/clients/{id}/archive", headers: IfMatch("\"1\""))).Status().ShouldBe(412);
        (await tenant.Put($"/api/clients/{id}", new { name = "x" }, IfMatch("version-two"))).ErrorFields().ShouldContain("If-Match");

        (await tenant.History(id)).Length.ShouldBe(2);
        (await tenant.Get($"/api/clients/{id}")).Json().GetProperty("name").GetString().ShouldBe("Versión dos");
    }

    [Fact]
    public async Task A_replayed_POST_returns_the_first_answer_and_appends_nothing()
    {
        var tenant = await app.NewTenant();
        var first = await tenant.Post("/api/clients", new { name = "Una sola vez" }, Key("alta-1"));
        var replay = await tenant.Post("/api/clients", new { name = "Una sola vez" }, Key("alta-1"));

        first.Status().ShouldBe(201);
        replay.Status().ShouldBe(201);
        replay.Header("Idempotent-Replayed").ShouldBe("true");
        replay.Header("Location").ShouldBe(first.Header("Location"));
        replay.Json().GetProperty("id").GetGuid().ShouldBe(first.Json().GetProperty("id").GetGuid());
        (await tenant.ListClients()).GetProperty("data").GetArrayLength().ShouldBe(1);

        var reused = await tenant.Post("/api/clients", new { name = "Otro cuerpo" }, Key("alta-1"));
        reused.Status().ShouldBe(422);
        (await tenant.ListClients()).GetProperty("data").GetArrayLength().ShouldBe(1);

        // Keys are per tenant: another business may use the same key for its own request.
        var other = await app.NewTenant();
        (await other.Post("/api/clients", new { name = "Una sola vez" }, Key("alta-1"))).Status().ShouldBe(201);
    }

    [Fact]
    public async Task A_key_carried_out_without_a_kept_answer_is_never_run_again()
    {
        var tenant = await app.NewTenant();
        (await tenant.Post("/api/clients", new { name = "Una vez" }, Key("alta-perdida"))).Status().ShouldBe(201);
        // As if the process died after the command's commit, before keeping the answer.
        await using (var session = app.Host.Services.GetRequiredService<IDocumentStore>().LightweightSession())
        {
            session.QueueSqlCommand("""
                update blueindic.mt_doc_idempotencyrecord
                   set data = jsonb_set(jsonb_set(data, '{Completed}', 'false'), '{CreatedAt}', to_jsonb(now() - interval '1 hour'))
                 where tenant_id = ?
                """, tenant.TenantId.ToString());
            await session.SaveChangesAsync();
        }

        var retry = await tenant.Post("/api/clients", new { name = "Una vez" }, Key("alta-perdida"));
        retry.Status().ShouldBe(409);
        retry.Json().GetProperty("title").GetString().ShouldBe("Answer lost");
        (await tenant.ListClients()).GetProperty("data").GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public async Task A_refused_command_is_not_remembered_so_a_corrected_retry_goes_through()
    {
        var tenant = await app.NewTenant();
        (await tenant.Post("/api/clients", new { name = "" }, Key("alta-2"))).Status().ShouldBe(400);
        (await tenant.Post("/api/clients", new { name = "Corregido" }, Key("alta-2"))).Status().ShouldBe(201);
    }

    [Fact]
    public async Task An_over_long_idempotency_key_is_a_400()
    {
        var tenant = await app.NewTenant();
        (await tenant.Post("/api/clients", new { name = "x" }, Key(new string('k', 256)))).Status().ShouldBe(400);
        (await tenant.ListClients()).GetProperty("data").GetArrayLength().ShouldBe(0);
    }
}
