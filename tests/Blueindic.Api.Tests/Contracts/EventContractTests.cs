using System.Text.Json;
using System.Text.Json.Nodes;
using Blueindic.Api.Tests.Support;
using Blueindic.Domain;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Blueindic.Api.Tests.Contracts;

/// <summary>
/// Events are stored forever: every event type's Marten type name, .NET type and the JSON of a sample
/// instance are pinned in <c>events.approved.json</c>. A change to a stored shape fails here on purpose;
/// if it is meant, it comes with an upcaster (docs/architecture.md) and the file is approved again with
/// <c>BLUEINDIC_APPROVE=1</c>.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class EventContractTests(AppFixture app)
{
    /// <summary>The samples as the store writes them, keyed by Marten's type name (#2 for a second sample).</summary>
    internal static JsonObject Written(IDocumentStore store)
    {
        var serializer = store.Options.Serializer();
        var all = new JsonObject();
        foreach (var (_, sample) in EventSamples.All())
        {
            var mapping = ((Marten.Events.EventGraph)((StoreOptions)store.Options).Events).EventMappingFor(sample.GetType());
            var key = mapping.EventTypeName;
            for (var n = 2; all.ContainsKey(key); n++) key = $"{mapping.EventTypeName}#{n}";
            all[key] = new JsonObject
            {
                ["dotnetType"] = mapping.DotNetTypeName,
                ["data"] = JsonNode.Parse(serializer.ToJson(sample)),
            };
        }
        return all;
    }

    [Fact]
    public void Every_event_types_stored_name_and_shape_match_the_approved_contract()
    {
        var store = app.Host.Services.GetRequiredService<IDocumentStore>();
        Approved.ShouldMatch(Written(store).ToJsonString(Approved.Indented), "events", "A stored event shape changed");
    }

    [Fact]
    public void Every_event_type_the_store_knows_has_a_pinned_sample()
    {
        var store = app.Host.Services.GetRequiredService<IDocumentStore>();
        var sampled = EventSamples.All().Select(s => s.Event.GetType()).ToHashSet();
        var known = ((Marten.Events.EventGraph)((StoreOptions)store.Options).Events).AllKnownEventTypes().Select(e => e.EventType)
            .Where(t => t.Namespace?.StartsWith("Blueindic.", StringComparison.Ordinal) == true).ToList();

        known.ShouldBe(StoredEvents.All, ignoreOrder: true);
        StoredEvents.All.Where(t => !sampled.Contains(t)).Select(t => t.Name).ShouldBeEmpty();
        // Every record in the domain named like a fact is a stored event, so none escapes the list.
        typeof(StoredEvents).Assembly.GetTypes()
            .Where(t => t.IsPublic && t.Name.EndsWith("ed", StringComparison.Ordinal) && t.GetMethod("<Clone>$") is not null)
            .Where(t => !StoredEvents.All.Contains(t)).Select(t => t.Name).ShouldBeEmpty();
    }

    [Fact]
    public void Stored_names_of_enum_members_and_cleared_fields_do_not_change()
    {
        // Stored by name in PaymentRecorded and ClientDetailsChanged.Cleared: renaming one orphans old events.
        Enum.GetNames<Blueindic.Domain.Invoices.PaymentMethod>().ShouldBe(["Transfer", "Cash", "Card", "DirectDebit", "Other"]);
        Enum.GetNames<Blueindic.Domain.Invoices.CorrectionGround>().ShouldBe(["Error", "Insolvency", "Uncollectible", "Other"]);
        typeof(Blueindic.Domain.Clients.ClientDetailsChanged.Fields).GetFields().Select(f => (f.Name, (string)f.GetRawConstantValue()!))
            .ShouldBe([("LegalName", "LegalName"), ("TaxId", "TaxId"), ("Email", "Email"), ("Phone", "Phone"), ("Notes", "Notes"), ("Dir3", "Dir3")]);
    }
}
