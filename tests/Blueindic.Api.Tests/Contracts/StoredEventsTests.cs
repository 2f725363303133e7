using System.Text.Json.Nodes;
using Blueindic.Api.Tests.Support;
using Blueindic.Domain.Clients;
using Blueindic.Domain.Invoices;
using Blueindic.Domain.Receivables;
using Blueindic.Domain.Tenants;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Blueindic.Api.Tests.Contracts;

/// <summary>
/// Events already in databases keep loading: the JSON main wrote up to November 2026
/// (<c>events.2026-11.stored.json</c>, never edited) is appended raw, as rows, and read back through
/// today's code, which must see the very facts it would write today (<c>events.approved.json</c>).
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class StoredEventsTests(AppFixture app)
{
    [Fact]
    public async Task Events_stored_in_the_2026_11_shape_read_as_the_facts_todays_code_writes()
    {
        var tenant = await app.NewTenant();
        var store = app.Host.Services.GetRequiredService<IDocumentStore>();
        var streams = await AppendRawAsync(store, tenant.TenantId.ToString(), "events.2026-11.stored.json");
        var approved = JsonNode.Parse(File.ReadAllText(Path.Combine(Approved.Folder, "events.approved.json")))!.AsObject();
        var serializer = store.Options.Serializer();

        await using var session = store.QuerySession(tenant.TenantId.ToString());
        var read = new List<(string Key, object Data)>();
        foreach (var (stream, keys) in streams)
        {
            var events = await session.Events.FetchStreamAsync(stream);
            events.Select(e => e.EventTypeName).ShouldBe(keys.Select(TypeName));
            read.AddRange(keys.Zip(events, (key, e) => (key, e.Data)));
        }

        // Every stored event was read; samples added since (at the end) have no stored form to read.
        read.Select(r => r.Key).ShouldBe(StoredKeys("events.2026-11.stored.json"), ignoreOrder: true);
        foreach (var (key, data) in read)
            JsonNode.DeepEquals(JsonNode.Parse(serializer.ToJson(data)), approved[key]!["data"]).ShouldBeTrue($"{key} reads differently");
    }

    [Fact]
    public async Task Aggregates_fold_events_stored_in_the_2026_11_shape()
    {
        var tenant = await app.NewTenant();
        var store = app.Host.Services.GetRequiredService<IDocumentStore>();
        var streams = await AppendRawAsync(store, tenant.TenantId.ToString(), "events.2026-11.stored.json");
        await using var session = store.QuerySession(tenant.TenantId.ToString());
        Guid Stream(string firstKey) => streams.Single(s => s.Keys[0] == firstKey).Id;

        var client = await session.Events.AggregateStreamAsync<Client>(Stream("client_registered"));
        client!.Details.PaymentTermsDays.ShouldBe(60);
        client.Details.Email.ShouldBeNull();
        (client.Details.Name, client.Details.LegalName, client.Details.TaxId, client.Details.Notes).ShouldBe(("Sol", null, null, null));
        client.Details.Address.City.ShouldBe("Madrid");
        client.Archived.ShouldBeFalse();
        // Stored before clients had a mail language and a reminders switch: the defaults.
        (client.Details.Language, client.Details.Reminders).ShouldBe((ClientLanguage.Spanish, true));
        // And before they had DIR3 codes: none.
        client.Details.Dir3.ShouldBeNull();

        var invoice = await session.Events.AggregateStreamAsync<Invoice>(Stream("invoice_issued"));
        invoice!.Number.ShouldBe("F-2026-0001");
        invoice.Amounts.Total.ShouldBe(117.98m);
        invoice.Client.Address!.PostalCode.ShouldBe("28013");
        // Stored before the business profile: the issuer's contact fields and logo are absent, read as none.
        (invoice.Issuer.Name, invoice.Issuer.Email, invoice.Issuer.Iban, invoice.Issuer.Logo).ShouldBe(("Estudio Nogal", null, null, null));
        invoice.Balance.Payments.Single().Reversed.ShouldBeTrue();
        invoice.HasCorrections.ShouldBeTrue();

        var ledger = await session.Events.AggregateStreamAsync<InvoiceLedger>(Stream("invoice_ledger_opened"));
        ledger!.ChainLength.ShouldBe(2);
        (await session.Events.AggregateStreamAsync<TenantSettings>(Stream("alert_window_changed")))!.AlertWindowDays.ShouldBe(14);
        var business = await session.Events.AggregateStreamAsync<Tenant>(Stream("tenant_registered"));
        business!.Address!.Line1.ShouldBe("Calle Mayor 1, 2º B");
        business.RevokedKeys.Count.ShouldBe(1);
        // Written before TenantRegistered had an address: the key is missing, not null.
        (await session.Events.AggregateStreamAsync<Tenant>(Stream("tenant_registered#2")))!.Address.ShouldBeNull();
    }

    private static string TypeName(string key) => key.Split('#')[0];

    private static IEnumerable<string> StoredKeys(string file) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(Approved.Folder, file)))!.AsObject().Select(kv => kv.Key);

    /// <summary>
    /// Appends every stored sample as rows of this tenant, one new stream per sample stream, the way
    /// Marten lays them out; answers each stream with the sample keys it holds, in order.
    /// </summary>
    private static async Task<List<(Guid Id, List<string> Keys)>> AppendRawAsync(IDocumentStore store, string tenantId, string file)
    {
        var stored = JsonNode.Parse(File.ReadAllText(Path.Combine(Approved.Folder, file)))!.AsObject();
        // Today's samples begin with those stored then, in the same order; later ones follow them.
        var samples = EventSamples.All().Take(stored.Count).ToList();
        samples.Count.ShouldBe(stored.Count);
        var streams = samples.Select(s => s.Stream).Distinct().ToDictionary(s => s, _ => (Id: Guid.NewGuid(), Keys: new List<string>()));
        var schema = store.Options.Events.DatabaseSchemaName;

        await using var connection = new NpgsqlConnection(store.Options.Tenancy.Default.Database.CreateConnection().ConnectionString);
        await connection.OpenAsync();
        await using var tx = await connection.BeginTransactionAsync();
        foreach (var ((stream, _), (key, value)) in samples.Zip(stored))
        {
            var (id, keys) = streams[stream];
            keys.Add(key);
            if (keys.Count == 1)
                await Execute(connection, $"insert into {schema}.mt_streams (id, type, version, tenant_id) values (@id, @stream, 0, @tenant)",
                    ("id", id), ("stream", stream), ("tenant", tenantId));
            await Execute(connection, $"""
                insert into {schema}.mt_events (seq_id, id, stream_id, version, data, type, timestamp, tenant_id, mt_dotnet_type)
                values (nextval('{schema}.mt_events_sequence'), @event, @id, @version, @data::jsonb, @type, now(), @tenant, @dotnet)
                """, ("event", Guid.NewGuid()), ("id", id), ("version", (long)keys.Count), ("data", value!["data"]!.ToJsonString()),
                ("type", TypeName(key)), ("tenant", tenantId), ("dotnet", value["dotnetType"]!.GetValue<string>()));
            await Execute(connection, $"update {schema}.mt_streams set version = @version where id = @id and tenant_id = @tenant",
                ("version", (long)keys.Count), ("id", id), ("tenant", tenantId));
        }
        await tx.CommitAsync();
        return streams.Values.Select(s => (s.Id, s.Keys)).ToList();
    }

    private static async Task Execute(NpgsqlConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        await command.ExecuteNonQueryAsync();
    }
}
