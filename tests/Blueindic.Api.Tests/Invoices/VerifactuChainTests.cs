using Blueindic.Api.Tests.Support;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Blueindic.Api.Tests.Invoices;

[Collection(ApiCollection.Name)]
public sealed class VerifactuChainTests(AppFixture app)
{
    private async Task<TestTenant> TenantWithThreeInvoices()
    {
        var tenant = await app.NewTenant();
        var clientId = await tenant.NewClient();
        for (var i = 0; i < 3; i++) await tenant.IssueSimpleInvoice(clientId);
        return tenant;
    }

    private async Task Execute(string sql, params object[] args)
    {
        await using var session = app.Host.Services.GetRequiredService<IDocumentStore>().LightweightSession();
        session.QueueSqlCommand(sql, args);
        await session.SaveChangesAsync();
    }

    [Fact]
    public async Task Records_list_in_chain_order_each_holding_the_previous_hash()
    {
        var tenant = await TenantWithThreeInvoices();
        var page1 = (await tenant.Get("/api/verifactu/records?limit=2")).Json();
        var page2 = (await tenant.Get($"/api/verifactu/records?limit=2&cursor={page1.GetProperty("nextCursor").GetString()}")).Json();
        var records = page1.GetProperty("data").EnumerateArray().Concat(page2.GetProperty("data").EnumerateArray()).ToList();

        records.Select(r => r.GetProperty("position").GetInt64()).ShouldBe([1L, 2L, 3L]);
        records[0].GetProperty("previousHash").GetString().ShouldBe("");
        records[1].GetProperty("previousHash").GetString().ShouldBe(records[0].GetProperty("hash").GetString());
        records[2].GetProperty("previousHash").GetString().ShouldBe(records[1].GetProperty("hash").GetString());
        records.ShouldAllBe(r => r.GetProperty("recordType").GetString() == "alta");

        var verification = (await tenant.Get("/api/verifactu/verify")).Json();
        verification.GetProperty("valid").GetBoolean().ShouldBeTrue();
        verification.GetProperty("records").GetInt32().ShouldBe(3);
    }

    [Fact]
    public async Task Tampering_with_a_stored_record_breaks_the_chain_there()
    {
        var tenant = await TenantWithThreeInvoices();
        await Execute("""
            update blueindic.mt_doc_verifacturecordview
               set data = jsonb_set(data, '{Record,GrossTotal}', '999.99')
             where tenant_id = ? and (data->>'Position')::int = 2
            """, tenant.TenantId.ToString());

        var verification = (await tenant.Get("/api/verifactu/verify")).Json();
        verification.GetProperty("valid").GetBoolean().ShouldBeFalse();
        verification.GetProperty("firstBrokenAt").GetInt64().ShouldBe(2);
    }

    [Fact]
    public async Task Editing_an_invoices_amounts_in_its_event_breaks_the_chain_there()
    {
        var tenant = await TenantWithThreeInvoices();
        await Execute("""
            update blueindic.mt_events
               set data = jsonb_set(data, '{Amounts,Lines,0,UnitPrice}', '1000')
             where tenant_id = ? and type = 'invoice_issued' and (data #>> '{Verifactu,Position}')::int = 2
            """, tenant.TenantId.ToString());

        var verification = (await tenant.Get("/api/verifactu/verify")).Json();
        verification.GetProperty("valid").GetBoolean().ShouldBeFalse();
        verification.GetProperty("firstBrokenAt").GetInt64().ShouldBe(2);
    }

    [Fact]
    public async Task Tampering_with_a_stored_event_breaks_the_chain_there()
    {
        var tenant = await TenantWithThreeInvoices();
        await Execute("""
            update blueindic.mt_events
               set data = jsonb_set(data, '{Verifactu,TaxTotal}', '0.01')
             where tenant_id = ? and type = 'invoice_issued' and (data #>> '{Verifactu,Position}')::int = 3
            """, tenant.TenantId.ToString());

        var verification = (await tenant.Get("/api/verifactu/verify")).Json();
        verification.GetProperty("valid").GetBoolean().ShouldBeFalse();
        verification.GetProperty("firstBrokenAt").GetInt64().ShouldBe(3);
    }

    private async Task<TestTenant> TenantWithAnAnulacionAtThree()
    {
        var tenant = await app.NewTenant();
        var clientId = await tenant.NewClient();
        await tenant.IssueSimpleInvoice(clientId);
        var second = (await tenant.IssueSimpleInvoice(clientId)).GetProperty("id").GetGuid();
        (await tenant.Post($"/api/invoices/{second}/annul", new { reason = "Duplicada" })).Status().ShouldBe(200);
        await tenant.IssueSimpleInvoice(clientId);
        (await tenant.Get("/api/verifactu/verify")).Json().GetProperty("valid").GetBoolean().ShouldBeTrue();
        return tenant;
    }

    [Fact]
    public async Task Editing_an_anulacion_in_its_event_breaks_the_chain_there()
    {
        var tenant = await TenantWithAnAnulacionAtThree();
        await Execute("""
            update blueindic.mt_events
               set data = jsonb_set(data, '{Verifactu,GeneratedAt}', '"2020-01-01T00:00:00+01:00"')
             where tenant_id = ? and type = 'invoice_annulled'
            """, tenant.TenantId.ToString());

        var verification = (await tenant.Get("/api/verifactu/verify")).Json();
        verification.GetProperty("valid").GetBoolean().ShouldBeFalse();
        verification.GetProperty("firstBrokenAt").GetInt64().ShouldBe(3);
    }

    [Fact]
    public async Task An_anulacion_record_whose_hash_was_recomputed_for_another_invoice_still_breaks_the_chain()
    {
        // Moving the anulación to the first invoice with a consistent hash: the record's own fields hold,
        // but it no longer names the invoice its event annulled.
        var tenant = await TenantWithAnAnulacionAtThree();
        var records = (await tenant.Get("/api/verifactu/records")).Json().GetProperty("data").EnumerateArray().ToList();
        var a = records[2];
        var firstNumber = records[0].GetProperty("number").GetString()!;
        var hash = Blueindic.Domain.Invoices.Verifactu.AnulacionHash(a.GetProperty("issuerTaxId").GetString()!, firstNumber,
            Blueindic.Domain.Invoices.Verifactu.Date(DateOnly.Parse(a.GetProperty("issueDate").GetString()!)), a.GetProperty("previousHash").GetString()!,
            Blueindic.Domain.Invoices.Verifactu.Instant(a.GetProperty("generatedAt").GetDateTimeOffset()));
        await Execute("""
            update blueindic.mt_doc_verifacturecordview
               set data = jsonb_set(jsonb_set(jsonb_set(jsonb_set(data, '{Number}', to_jsonb(?::text)), '{Annulment,Number}', to_jsonb(?::text)),
                          '{Hash}', to_jsonb(?::text)), '{Annulment,Hash}', to_jsonb(?::text))
             where tenant_id = ? and (data->>'Position')::int = 3
            """, firstNumber, firstNumber, hash, hash, tenant.TenantId.ToString());

        var verification = (await tenant.Get("/api/verifactu/verify")).Json();
        verification.GetProperty("valid").GetBoolean().ShouldBeFalse();
        verification.GetProperty("firstBrokenAt").GetInt64().ShouldBe(3);
    }
}
