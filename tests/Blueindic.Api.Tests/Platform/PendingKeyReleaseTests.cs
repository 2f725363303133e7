using Blueindic.Api.Tests.Support;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Blueindic.Api.EventStore;
using Blueindic.Api.Idempotency;

namespace Blueindic.Api.Tests.Platform;

/// <summary>
/// A request cut by a database outage leaves its Idempotency-Key pending; the release is retried
/// once the database answers (the fault drill shows it end to end), and frees only that attempt.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class PendingKeyReleaseTests(AppFixture app)
{
    [Fact]
    public async Task Only_the_pending_attempt_is_released_and_a_retry_then_runs_afresh()
    {
        var (tenant, key) = await PendingKey("pendiente", commandCommitted: false);
        var release = app.Host.Services.GetRequiredService<PendingKeyRelease>();

        (await release.TryReleaseAsync(key with { Attempt = Guid.NewGuid() }, CancellationToken.None)).ShouldBeTrue();
        (await Retry(tenant, "pendiente")).Json().GetProperty("title").GetString().ShouldBe("Request in progress");

        (await release.TryReleaseAsync(key, CancellationToken.None)).ShouldBeTrue();
        (await Retry(tenant, "pendiente")).Status().ShouldBe(201);
    }

    [Fact]
    public async Task A_key_whose_command_committed_is_never_released()
    {
        var (tenant, key) = await PendingKey("hecha", commandCommitted: true);
        (await app.Host.Services.GetRequiredService<PendingKeyRelease>().TryReleaseAsync(key, CancellationToken.None)).ShouldBeTrue();
        (await Retry(tenant, "hecha")).Json().GetProperty("title").GetString().ShouldBe("Answer lost");
    }

    [Fact]
    public async Task While_the_database_cannot_be_reached_the_release_answers_false_to_be_tried_again()
    {
        await using var unreachable = DocumentStore.For(o =>
        {
            o.Connection("Host=127.0.0.1;Port=1;Database=blueindic;Username=postgres;Password=postgres;Timeout=2");
            o.DatabaseSchemaName = MartenSetup.Schema;
        });
        var release = new PendingKeyRelease(unreachable, TimeProvider.System, NullLogger<PendingKeyRelease>.Instance);
        (await release.TryReleaseAsync(new PendingKeyRelease.Key("t", "t:k", Guid.NewGuid(), DateTimeOffset.MaxValue), CancellationToken.None)).ShouldBeFalse();
    }

    /// <summary>
    /// A key as a request cut by an outage leaves it: pending, just now, held by the attempt the
    /// middleware itself recorded (so the property the release looks for is the one Marten stores).
    /// </summary>
    private async Task<(TestTenant, PendingKeyRelease.Key)> PendingKey(string idempotencyKey, bool commandCommitted)
    {
        var tenant = await app.NewTenant();
        (await tenant.Post("/api/clients", new { name = "Cortado" }, Key(idempotencyKey))).Status().ShouldBe(201);
        var tenantId = tenant.TenantId.ToString();
        var id = $"{tenantId}:{idempotencyKey}";
        var store = app.Host.Services.GetRequiredService<IDocumentStore>();
        await using (var query = store.QuerySession(tenantId))
        {
            var stored = await query.LoadAsync<IdempotencyRecord>(id);
            stored.ShouldNotBeNull().Attempt.ShouldNotBe(Guid.Empty);
            await using var session = store.LightweightSession();
            session.QueueSqlCommand("""
                update blueindic.mt_doc_idempotencyrecord
                   set data = data || jsonb_build_object('Completed', false, 'CommandCommitted', ?::boolean, 'CreatedAt', now())
                 where tenant_id = ?
                """, commandCommitted, tenantId);
            await session.SaveChangesAsync();
            return (tenant, new PendingKeyRelease.Key(tenantId, id, stored.Attempt, DateTimeOffset.MaxValue));
        }
    }

    private static Task<Alba.IScenarioResult> Retry(TestTenant tenant, string idempotencyKey) =>
        tenant.Post("/api/clients", new { name = "Cortado" }, Key(idempotencyKey));

    private static Dictionary<string, string> Key(string key) => new() { ["Idempotency-Key"] = key };
}
