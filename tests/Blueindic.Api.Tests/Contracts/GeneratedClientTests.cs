using System.Net.Http.Headers;
using Blueindic.Api.Tests.Generated;
using Blueindic.Api.Tests.Support;

namespace Blueindic.Api.Tests.Contracts;

/// <summary>
/// The README's walk-through, driven by a client NSwag generates at build time from the approved
/// OpenAPI document (a tool nobody here wrote): the client deserializes every answer by the
/// document's schemas and throws on any status it does not declare, so a drift between what the API
/// sends and what it promises fails here as it would fail for a user.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class GeneratedClientTests(AppFixture app)
{
    private BlueindicClient ClientWithKey(string key)
    {
        var http = app.Host.Server.CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return new BlueindicClient(http);
    }

    [Fact]
    public async Task The_readme_walk_through_runs_on_the_generated_client()
    {
        var admin = ClientWithKey(AppFixture.AdminKey);
        var tenant = await admin.RegisterTenantAsync(body: new RegisterTenantInput
        {
            Name = "Estudio Ruiz", TaxId = "12345678Z",
            Address = new AddressInput { Line1 = "Calle de Alcalá 48", City = "Madrid", PostalCode = "28014" },
        });
        tenant.ApiKey.ShouldStartWith("bik_");
        var api = ClientWithKey(tenant.ApiKey);

        var me = await api.GetMeAsync();
        me.Name.ShouldBe("Estudio Ruiz");
        me.Today.ShouldBe(AppFixture.Today);

        var munoz = new ClientDetailsInput
        {
            Name = "Panadería Muñoz", LegalName = "Panadería Muñoz S.L.", TaxId = "es b-64717838",
            Email = "pedidos@panaderiamunoz.es",
            Address = new AddressInput { Line1 = "Calle Mayor 12", City = "Madrid", PostalCode = "28013" },
            PaymentTermsDays = 30, EquivalenceSurcharge = true,
        };
        var client = await api.RegisterClientAsync(idempotency_Key: "alta-munoz-1", body: munoz);
        client.TaxId.ShouldBe("B64717838");
        (await api.RegisterClientAsync(idempotency_Key: "alta-munoz-1", body: munoz)).Id.ShouldBe(client.Id);   // a retry
        (await api.ListClientsAsync(search: "munoz")).Data.Select(c => c.Id).ShouldBe([client.Id]);

        var stale = await Should.ThrowAsync<ApiException<ProblemDetails>>(() => api.UpdateClientAsync(client.Id, if_Match: "\"0\"", body: munoz));
        stale.StatusCode.ShouldBe(412);
        var invalid = await Should.ThrowAsync<ApiException<HttpValidationProblemDetails>>(() => api.RegisterClientAsync(body:
            new ClientDetailsInput { Name = "", TaxId = "12345678A", Address = new AddressInput { Country = "XX" } }));
        invalid.StatusCode.ShouldBe(400);
        invalid.Result.Errors.Keys.ShouldBe(["name", "taxId", "address.country"], ignoreOrder: true);

        var invoice = await api.IssueInvoiceAsync(idempotency_Key: "factura-pan-1", body: new IssueInvoiceInput
        {
            ClientId = client.Id, WithholdingRate = 15,
            Lines =
            [
                new InvoiceLineInput { Description = "Pan", Quantity = 3, UnitPrice = 10.125m, DiscountPercent = 10, VatRate = 10 },
                new InvoiceLineInput { Description = "Diseño", Quantity = 1, UnitPrice = 100, VatRate = 21 },
            ],
        });
        (invoice.Number, invoice.DueDate, invoice.Status).ShouldBe(("F-2026-0001", AppFixture.Today.AddDays(30), InvoiceStatus.Issued));
        (invoice.NetTotal, invoice.VatTotal, invoice.SurchargeTotal, invoice.WithholdingTotal, invoice.Total)
            .ShouldBe((127.34m, 23.73m, 5.58m, 19.10m, 137.55m));

        var part = await api.RecordPaymentAsync(invoice.Id, body: new RecordPaymentInput { Amount = 37.55m, Method = PaymentMethod.Cash, Date = AppFixture.Today });
        (part.Status, part.AmountDue).ShouldBe((InvoiceStatus.PartiallyPaid, 100m));
        var receivables = await api.ListReceivablesAsync();
        receivables.Data.Single().AmountDue.ShouldBe(100m);
        receivables.Summary.AmountDue.ShouldBe(100m);

        var paid = await api.RecordPaymentAsync(invoice.Id);
        (paid.Status, paid.AmountDue).ShouldBe((InvoiceStatus.Paid, 0m));
        (await api.ListReceivablesAsync()).Data.ShouldBeEmpty();

        // One that was due a month ago and is still unpaid (in a series of its own, whose dates may
        // go back before F-2026-0001's): red, and the client's morosity.
        var late = await api.IssueInvoiceAsync(body: new IssueInvoiceInput
        {
            ClientId = client.Id, Series = "V", IssueDate = AppFixture.Today.AddDays(-60), DueDate = AppFixture.Today.AddDays(-30),
            Lines = [new InvoiceLineInput { Description = "Pan", Quantity = 1, UnitPrice = 100, VatRate = 10 }],
        });
        var red = (await api.ListReceivablesAsync(level: AlertLevel.Red)).Data.Single();
        (red.InvoiceId, red.DaysOverdue, red.AmountDue).ShouldBe((late.Id, 30, late.Total));
        var morosity = await api.GetClientMorosityAsync(client.Id, year: 2026);
        (morosity.Overdue, morosity.OverdueInvoices).ShouldBe((late.Total, 1));
        (await api.GetMorosityAsync(year: 2026)).Clients.Single().ClientId.ShouldBe(client.Id);

        var history = await api.GetInvoiceHistoryAsync(invoice.Id);
        history.Select(h => h.Type).ShouldBe(["InvoiceIssued", "PaymentRecorded", "PaymentRecorded"]);
        (await api.GetInvoiceAsync(invoice.Id, version: 1)).Status.ShouldBe(InvoiceStatus.Issued);
    }
}
