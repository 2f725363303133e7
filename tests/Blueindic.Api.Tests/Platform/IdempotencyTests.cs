using System.Reflection;
using System.Text;
using Blueindic.Api.Idempotency;
using Blueindic.Api.Tests.Support;
using Marten;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Blueindic.Api.Tests.Platform;

/// <summary>
/// What the Idempotency-Key store keeps and for how long: never an API key in clear (a replay of a
/// key's answer says it was shown once), nothing past 24 h, and nothing an earlier version kept in clear.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class IdempotencyTests(AppFixture app)
{
    private static Dictionary<string, string> Key(string key) => new() { ["Idempotency-Key"] = key };
    private IDocumentStore Store => app.Host.Services.GetRequiredService<IDocumentStore>();
    private IdempotencySweep Sweep => app.Host.Services.GetRequiredService<IdempotencySweep>();

    /// <summary>Every record as stored, its kept answer decoded: what a backup of the table holds.</summary>
    private async Task<string> EverythingKeptAsync()
    {
        await using var session = Store.QuerySession();
        var rows = await session.QueryAsync<string>("select data::text from blueindic.mt_doc_idempotencyrecord");
        return string.Join("\n", rows.Select(row =>
            row + Encoding.UTF8.GetString(Convert.FromBase64String(System.Text.Json.JsonDocument.Parse(row).RootElement.GetProperty("Body").GetString()!))));
    }

    [Fact]
    public async Task A_replayed_key_answer_says_the_key_was_shown_once_and_the_key_is_never_kept()
    {
        var idempotencyKey = $"alta-{Guid.NewGuid()}";
        var business = new { name = "Estudio Una Vez", taxId = "B64717838" };
        var first = await app.Send(HttpMethod.Post, "/api/admin/tenants", AppFixture.AdminKey, business, Key(idempotencyKey));
        first.Status().ShouldBe(201, first.ReadAsText());
        var (tenantId, keyId, apiKey) = (first.Json().GetProperty("tenantId").GetGuid(), first.Json().GetProperty("keyId").GetString(),
            first.Json().GetProperty("apiKey").GetString()!);

        var replay = await app.Send(HttpMethod.Post, "/api/admin/tenants", AppFixture.AdminKey, business, Key(idempotencyKey));
        replay.Status().ShouldBe(409, replay.ReadAsText());
        replay.Header("Idempotent-Replayed").ShouldBe("true");
        replay.Json().GetProperty("title").GetString().ShouldBe("Key shown once");
        replay.Json().GetProperty("keyId").GetString().ShouldBe(keyId);
        replay.Json().GetProperty("location").GetString().ShouldBe($"/api/admin/tenants/{tenantId}");
        replay.ReadAsText().ShouldNotContain(apiKey);

        var keys = $"/api/admin/tenants/{tenantId}/keys";
        var issued = await app.Send(HttpMethod.Post, keys, AppFixture.AdminKey, headers: Key(idempotencyKey + "-rotación"));
        issued.Status().ShouldBe(201, issued.ReadAsText());
        var again = await app.Send(HttpMethod.Post, keys, AppFixture.AdminKey, headers: Key(idempotencyKey + "-rotación"));
        again.Status().ShouldBe(409, again.ReadAsText());
        again.Json().GetProperty("keyId").GetString().ShouldBe(issued.Json().GetProperty("keyId").GetString());

        // Both keys work, and neither rests in the store; one tenant, two keys: nothing ran twice.
        (await app.Send(HttpMethod.Get, "/api/me", apiKey)).Status().ShouldBe(200);
        (await app.Send(HttpMethod.Get, "/api/me", issued.Json().GetProperty("apiKey").GetString())).Status().ShouldBe(200);
        var tenant = await app.Send(HttpMethod.Get, $"/api/admin/tenants/{tenantId}", AppFixture.AdminKey);
        tenant.Json().GetProperty("activeKeyIds").GetArrayLength().ShouldBe(2);
        var kept = await EverythingKeptAsync();
        kept.ShouldContain(idempotencyKey);
        kept.ShouldNotContain(apiKey);
        kept.ShouldNotContain(issued.Json().GetProperty("apiKey").GetString()!);
        kept.ShouldNotContain("bik_");
    }

    private static readonly string[] SecretWords = ["secret", "password", "token"];

    /// <summary>A property a secret may hide in: <c>key</c>, <c>apiKey</c>, anything with secret, password or token.</summary>
    private static bool LooksSecret(string name) =>
        name.Equals("key", StringComparison.OrdinalIgnoreCase) || name.EndsWith("Key", StringComparison.Ordinal)
        || SecretWords.Any(w => name.Contains(w, StringComparison.OrdinalIgnoreCase));

    /// <summary>The secret-like properties of a response type, through nested records, lists and pages.</summary>
    private static IEnumerable<string> SecretFields(Type type, HashSet<Type>? seen = null)
    {
        seen ??= [];
        if (!seen.Add(type) || type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal)) yield break;
        foreach (var argument in type.IsGenericType ? type.GetGenericArguments() : [])
            foreach (var field in SecretFields(argument, seen)) yield return field;
        if (type.IsArray) foreach (var field in SecretFields(type.GetElementType()!, seen)) yield return field;
        if (type.Namespace?.StartsWith("Blueindic") != true) yield break;
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (LooksSecret(property.Name)) yield return $"{type.Name}.{property.Name}";
            foreach (var field in SecretFields(property.PropertyType, seen)) yield return field;
        }
    }

    /// <summary>The types an endpoint declares for its successful answers (<c>[ProducesResponseType]</c>).</summary>
    private static IEnumerable<Type> Answers(Endpoint endpoint) => endpoint.Metadata.OfType<IApiResponseMetadataProvider>()
        .Where(p => p.StatusCode is >= 200 and < 300 && p.Type is not null).Select(p => p.Type!)
        .Concat(endpoint.Metadata.OfType<IProducesResponseTypeMetadata>().Where(p => p.StatusCode is >= 200 and < 300 && p.Type is not null).Select(p => p.Type!))
        .Where(t => t != typeof(IResult) && t != typeof(void)).Distinct();

    [Fact]
    public void Every_endpoint_whose_answer_holds_a_secret_is_marked_shown_once()
    {
        var endpoints = app.Host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/") == true).ToList();
        endpoints.Count.ShouldBeGreaterThan(20);
        var withSecrets = endpoints.Select(e => (Endpoint: e, Fields: Answers(e).SelectMany(t => SecretFields(t)).ToList()))
            .Where(e => e.Fields.Count > 0).ToList();

        // The scan finds the answers known to hold a key; a new one joins by itself.
        withSecrets.Select(e => e.Endpoint.RoutePattern.RawText).ShouldBe(["/api/admin/tenants", "/api/admin/tenants/{tenantId}/keys"], ignoreOrder: true);
        foreach (var (endpoint, fields) in withSecrets)
        {
            var mark = endpoint.Metadata.GetMetadata<ShownOnceAttribute>();
            mark.ShouldNotBeNull($"{endpoint.RoutePattern.RawText} answers {string.Join(", ", fields)} but is not [ShownOnce]");
            var answer = Answers(endpoint).Single();
            answer.GetProperty(mark.IdField, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase)
                .ShouldNotBeNull($"{answer.Name} has no {mark.IdField} for the replay to name");
        }
        // And only those: the mark costs a replay its answer.
        endpoints.Where(e => e.Metadata.GetMetadata<ShownOnceAttribute>() is not null).Count().ShouldBe(withSecrets.Count);
    }

    private static IdempotencyRecord Record(string id, DateTimeOffset createdAt, string body = "{}") => new()
    {
        Id = id, RequestHash = "h", CreatedAt = createdAt, Completed = true, CommandCommitted = true, Attempt = Guid.NewGuid(),
        Status = 201, ContentType = "application/json; charset=utf-8", Body = Encoding.UTF8.GetBytes(body),
    };

    [Fact]
    public async Task A_sweep_deletes_every_business_records_older_than_24_hours_and_keeps_the_younger()
    {
        var (one, other) = (await app.NewTenant(), await app.NewTenant());
        var run = Guid.NewGuid();
        var expired = AppFixture.Now - TimeSpan.FromHours(24);
        var young = AppFixture.Now - TimeSpan.FromHours(23) - TimeSpan.FromMinutes(59);
        foreach (var tenant in new[] { one.TenantId.ToString(), other.TenantId.ToString(), null })
        {
            await using var session = tenant is null ? Store.LightweightSession() : Store.LightweightSession(tenant);
            session.Store(Record($"{tenant ?? "admin"}:old-{run}", expired - TimeSpan.FromSeconds(1)),
                Record($"{tenant ?? "admin"}:day-{run}", expired),
                Record($"{tenant ?? "admin"}:young-{run}", young));
            await session.SaveChangesAsync();
        }

        await Sweep.SweepAsync(CancellationToken.None);

        await using var all = Store.QuerySession();
        var left = await all.QueryAsync<string>("select id from blueindic.mt_doc_idempotencyrecord where id like ?", $"%-{run}");
        left.Order().ShouldBe(new[] { one.TenantId.ToString(), other.TenantId.ToString(), "admin" }.Select(t => $"{t}:young-{run}").Order());
    }

    [Fact]
    public async Task A_key_an_earlier_version_kept_in_clear_is_redacted_on_upgrade_and_replays_as_shown_once()
    {
        var idempotencyKey = $"legado-{Guid.NewGuid()}";
        var business = new { name = "Estudio Legado", taxId = "B64717838" };
        var first = await app.Send(HttpMethod.Post, "/api/admin/tenants", AppFixture.AdminKey, business, Key(idempotencyKey));
        first.Status().ShouldBe(201);
        var apiKey = first.Json().GetProperty("apiKey").GetString()!;
        var ordinary = await app.NewTenant();
        (await ordinary.Post("/api/clients", new { name = "Cliente corriente" }, Key(idempotencyKey))).Status().ShouldBe(201);

        // As an earlier version kept it: the whole answer, key included.
        await using (var session = Store.LightweightSession())
        {
            var record = (await session.LoadAsync<IdempotencyRecord>($"admin:{idempotencyKey}"))!;
            (record.Body, record.ShownOnce, record.KeyId) = (Encoding.UTF8.GetBytes(first.ReadAsText()), false, null);
            session.Store(record);
            await session.SaveChangesAsync();
        }
        (await EverythingKeptAsync()).ShouldContain(apiKey);
        (await app.Send(HttpMethod.Post, "/api/admin/tenants", AppFixture.AdminKey, business, Key(idempotencyKey))).ReadAsText().ShouldContain(apiKey);
        string OrdinaryKept(string everything) => everything.Split('\n').Single(r => r.Contains($"{ordinary.TenantId}:{idempotencyKey}"));
        var ordinaryBefore = OrdinaryKept(await EverythingKeptAsync());

        await Sweep.RedactKeptKeysAsync(CancellationToken.None);

        var kept = await EverythingKeptAsync();
        kept.ShouldNotContain(apiKey);
        OrdinaryKept(kept).ShouldBe(ordinaryBefore);
        var replay = await app.Send(HttpMethod.Post, "/api/admin/tenants", AppFixture.AdminKey, business, Key(idempotencyKey));
        replay.Status().ShouldBe(409, replay.ReadAsText());
        replay.Json().GetProperty("keyId").GetString().ShouldBe(first.Json().GetProperty("keyId").GetString());
        replay.Json().GetProperty("location").GetString().ShouldBe(first.Header("Location"));
    }
}
