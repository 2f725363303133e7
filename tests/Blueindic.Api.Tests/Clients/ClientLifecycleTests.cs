using System.Text.Json;
using Blueindic.Api.Tests.Support;

namespace Blueindic.Api.Tests.Clients;

[Collection(ApiCollection.Name)]
public sealed class ClientLifecycleTests(AppFixture app)
{
    private static object Munoz(string? email = "pedidos@panaderiamunoz.es") => new
    {
        name = "  Panadería Muñoz ",
        legalName = "Panadería Muñoz S.L.",
        taxId = "es b-64717838",
        email,
        phone = "+34 912 345 678",
        address = new { line1 = "Calle Mayor 12", city = "Madrid", postalCode = "28013", province = "Madrid" },
        equivalenceSurcharge = true,
    };

    [Fact]
    public async Task Registering_answers_201_with_location_etag_and_the_normalised_view()
    {
        var tenant = await app.NewTenant();
        var result = await tenant.Post("/api/clients", Munoz());

        result.Status().ShouldBe(201);
        var view = result.Json();
        var id = view.GetProperty("id").GetGuid();
        result.Header("Location").ShouldBe($"/api/clients/{id}");
        result.Header("ETag").ShouldBe("\"1\"");
        view.GetProperty("name").GetString().ShouldBe("Panadería Muñoz");
        view.GetProperty("taxId").GetString().ShouldBe("B64717838");
        view.GetProperty("paymentTermsDays").GetInt32().ShouldBe(30);
        view.GetProperty("address").GetProperty("country").GetString().ShouldBe("ES");
        view.GetProperty("archived").GetBoolean().ShouldBeFalse();
        view.GetProperty("version").GetInt64().ShouldBe(1);

        var read = await tenant.Get($"/api/clients/{id}");
        read.Status().ShouldBe(200);
        read.Header("ETag").ShouldBe("\"1\"");
        read.Json().GetProperty("equivalenceSurcharge").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task Editing_appends_only_what_changed_and_nothing_when_nothing_did()
    {
        var tenant = await app.NewTenant();
        var id = (await tenant.RegisterClient(Munoz())).GetProperty("id").GetGuid();

        var edited = await tenant.Put($"/api/clients/{id}", Munoz(email: null));
        edited.Status().ShouldBe(200);
        edited.Header("ETag").ShouldBe("\"2\"");
        edited.Json().GetProperty("email").ValueKind.ShouldBe(JsonValueKind.Null);

        var unchanged = await tenant.Put($"/api/clients/{id}", Munoz(email: null));
        unchanged.Status().ShouldBe(200);
        unchanged.Json().GetProperty("version").GetInt64().ShouldBe(2);

        var history = await tenant.History(id);
        history.Select(h => h.GetProperty("type").GetString()).ShouldBe(["ClientRegistered", "ClientDetailsChanged"]);
        var change = history[1].GetProperty("data");
        change.GetProperty("cleared").EnumerateArray().Select(c => c.GetString()).ShouldBe(["Email"]);
        change.GetProperty("name").ValueKind.ShouldBe(JsonValueKind.Null);
        change.GetProperty("taxId").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task Archived_clients_stay_readable_refuse_edits_and_can_be_restored()
    {
        var tenant = await app.NewTenant();
        var id = (await tenant.RegisterClient(new { name = "Talleres Ibáñez" })).GetProperty("id").GetGuid();

        var archived = await tenant.Post($"/api/clients/{id}/archive");
        archived.Status().ShouldBe(200);
        archived.Json().GetProperty("archived").GetBoolean().ShouldBeTrue();
        (await tenant.Post($"/api/clients/{id}/archive")).Status().ShouldBe(409);
        (await tenant.Put($"/api/clients/{id}", new { name = "Otro nombre" })).Status().ShouldBe(409);

        (await tenant.ListClients()).GetProperty("data").GetArrayLength().ShouldBe(0);
        (await tenant.ListClients("?archived=true")).GetProperty("data").GetArrayLength().ShouldBe(1);
        (await tenant.Get($"/api/clients/{id}")).Status().ShouldBe(200);

        var restored = await tenant.Post($"/api/clients/{id}/restore");
        restored.Status().ShouldBe(200);
        restored.Json().GetProperty("archived").GetBoolean().ShouldBeFalse();
        (await tenant.Post($"/api/clients/{id}/restore")).Status().ShouldBe(409);

        (await tenant.History(id)).Select(h => h.GetProperty("type").GetString())
            .ShouldBe(["ClientRegistered", "ClientArchived", "ClientRestored"]);
    }

    [Fact]
    public async Task A_tax_id_already_used_by_another_client_is_a_conflict_in_any_spelling()
    {
        var tenant = await app.NewTenant();
        await tenant.RegisterClient(new { name = "Primero", taxId = "B64717838" });
        var other = await tenant.RegisterClient(new { name = "Segundo" });

        (await tenant.Post("/api/clients", new { name = "Duplicado", taxId = "ESB64717838" })).Status().ShouldBe(409);
        (await tenant.Put($"/api/clients/{other.GetProperty("id").GetGuid()}", new { name = "Segundo", taxId = "b64717838" })).Status().ShouldBe(409);
        (await tenant.ListClients()).GetProperty("data").GetArrayLength().ShouldBe(2);

        // Another business may have a client with the same tax id.
        var otherTenant = await app.NewTenant();
        await otherTenant.RegisterClient(new { name = "Primero", taxId = "B64717838" });
    }

    [Fact]
    public async Task History_says_which_key_and_which_request_caused_each_fact()
    {
        var tenant = await app.NewTenant();
        var created = await tenant.Post("/api/clients", new { name = "Lucía Fernández" },
            new Dictionary<string, string> { ["X-Correlation-Id"] = "req-alta-lucia" });
        created.Header("X-Correlation-Id").ShouldBe("req-alta-lucia");
        var id = created.Json().GetProperty("id").GetGuid();
        await tenant.Post($"/api/clients/{id}/archive");

        var history = await tenant.History(id);
        history.Length.ShouldBe(2);
        history.ShouldAllBe(h => h.GetProperty("user").GetString() == $"key:{tenant.KeyId}");
        history[0].GetProperty("correlationId").GetString().ShouldBe("req-alta-lucia");
        history[1].GetProperty("correlationId").GetString().ShouldNotBe("req-alta-lucia");
        history[0].GetProperty("version").GetInt64().ShouldBe(1);
        history[0].GetProperty("data").GetProperty("details").GetProperty("name").GetString().ShouldBe("Lucía Fernández");
        DateTimeOffset.Parse(history[0].GetProperty("timestamp").GetString()!).ShouldBeGreaterThan(DateTimeOffset.UtcNow.AddMinutes(-5));
    }
}
