using System.Security.Cryptography;
using System.Text.Json;
using Blueindic.Api.Tests.Support;
using Blueindic.Api.Verifactu;
using Blueindic.Domain.Aeat;
using Microsoft.Extensions.Hosting;
using Wolverine;

namespace Blueindic.Api.Tests.Verifactu;

/// <summary>
/// Records sent to <see cref="FakeAeat"/> (HTTPS, client certificate required, every envelope checked
/// against the official schemas), through the real host, with submission on and batches of three
/// (AppFixture). The test asks the business to submit (<see cref="SubmitVerifactuRecords"/>), as the
/// submission clock does every minute in production.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class SubmissionTests : IDisposable
{
    private readonly AppFixture app;
    private static FakeAeat Aeat => AppFixture.Aeat;

    public SubmissionTests(AppFixture app)
    {
        this.app = app;
        Aeat.Reset();
    }

    public void Dispose() => Aeat.Reset();

    private sealed record Business(TestTenant Tenant, Guid ClientId, string CertificateSha256)
    {
        /// <summary>What the fake AEAT received from this business: each test's certificate is its own.</summary>
        public IReadOnlyList<FakeAeat.Received> Envelopes => Aeat.From(CertificateSha256);
    }

    private async Task<Business> BusinessWithCertificate(bool upload = true)
    {
        var tenant = await app.NewTenant("Estudio Envía");
        var client = await tenant.RegisterClient(new { name = "Cliente Veri SL", taxId = "B76365782" });
        // Valid at the API's fixed "now" (AppFixture.Now) as at the real one the TLS handshake sees.
        using var certificate = TestCertificates.SelfSigned(TestCertificates.Representative(entityTaxId: "B64717838"),
            AppFixture.Now.AddDays(-30), AppFixture.Now.AddYears(2));
        if (upload)
        {
            var installed = await tenant.PutCertificate(TestCertificates.Pkcs12(certificate), TestCertificates.Password);
            installed.Status().ShouldBe(200, installed.ReadAsText());
        }
        return new Business(tenant, client.GetProperty("id").GetGuid(), Convert.ToHexString(SHA256.HashData(certificate.RawData)));
    }

    private async Task<string> Invoice(Business b) =>
        (await b.Tenant.IssueSimpleInvoice(b.ClientId)).GetProperty("number").GetString()!;

    private Task Submit(Business b) => Submit(app.Host, b);

    private static Task Submit(IHost host, Business b) =>
        host.MessageBus().InvokeForTenantAsync(b.Tenant.TenantId.ToString(), new SubmitVerifactuRecords());

    private static async Task<JsonElement[]> Records(Business b, string status)
    {
        var result = await b.Tenant.Get($"/api/verifactu/records?status={status}");
        result.Status().ShouldBe(200, result.ReadAsText());
        return result.Json().GetProperty("data").EnumerateArray().ToArray();
    }

    [Fact]
    public async Task Pending_records_go_in_chain_order_over_mutual_TLS_and_come_back_accepted()
    {
        var b = await BusinessWithCertificate();
        var numbers = new[] { await Invoice(b), await Invoice(b) };
        (await Records(b, "pending")).Length.ShouldBe(2);

        await Submit(b);

        var envelope = b.Envelopes.ShouldHaveSingleItem();   // the server saw the business's certificate
        envelope.SchemaErrors.ShouldBeEmpty();
        envelope.Records.Select(r => AeatBatch.Key(r).Item2).ShouldBe(numbers);
        (await Records(b, "pending")).ShouldBeEmpty();
        var accepted = await Records(b, "accepted");
        accepted.Select(r => r.GetProperty("number").GetString()).ShouldBe(numbers);
        accepted.ShouldAllBe(r => r.GetProperty("submission").GetProperty("aeatStatus").GetString() == "Correcto");

        var audit = (await b.Tenant.Get("/api/audit?limit=100")).Json().GetProperty("data").EnumerateArray();
        var answered = audit.Where(e => e.GetProperty("type").GetString() == nameof(VerifactuBatchAnswered)).ShouldHaveSingleItem();
        answered.GetProperty("user").GetString().ShouldBe("system:verifactu");
    }

    [Fact]
    public async Task A_rejected_record_is_shown_with_the_AEATs_reason_and_not_sent_again()
    {
        var b = await BusinessWithCertificate();
        var good = await Invoice(b);
        var bad = await Invoice(b);
        Aeat.Judge = (number, _) => number == bad ? ("Incorrecto", 1105, "El NIF del destinatario no está identificado.") : FakeAeat.Accept(number, _);

        await Submit(b);

        var rejected = (await Records(b, "rejected")).ShouldHaveSingleItem();
        rejected.GetProperty("number").GetString().ShouldBe(bad);
        var submission = rejected.GetProperty("submission");
        submission.GetProperty("errorCode").GetInt32().ShouldBe(1105);
        submission.GetProperty("errorDescription").GetString().ShouldBe("El NIF del destinatario no está identificado.");
        (await Records(b, "accepted")).ShouldHaveSingleItem().GetProperty("number").GetString().ShouldBe(good);

        await Submit(b);
        b.Envelopes.Count.ShouldBe(1);
    }

    [Fact]
    public async Task The_wait_the_AEAT_asks_for_holds_back_the_next_batch()
    {
        var b = await BusinessWithCertificate();
        await Invoice(b);
        Aeat.WaitSeconds = 60;
        await Submit(b);
        b.Envelopes.Count.ShouldBe(1);

        // A batch's worth (three here) pending, and the API's clock has not moved: they wait, as only
        // the AEAT's full batch of 1,000 may go before the wait is over (VerifactuSubmissionTests).
        for (var i = 0; i < 3; i++) await Invoice(b);
        await Submit(b);
        b.Envelopes.Count.ShouldBe(1);
        (await Records(b, "pending")).Length.ShouldBe(3);
    }

    [Fact]
    public async Task Records_whose_answer_was_lost_go_again_and_count_as_accepted_when_the_AEAT_holds_them()
    {
        var b = await BusinessWithCertificate();
        var number = await Invoice(b);
        Aeat.LoseAnswers = true;
        await Submit(b);
        (await Records(b, "pending")).Length.ShouldBe(1);

        Aeat.LoseAnswers = false;
        await Submit(b);
        b.Envelopes.Count.ShouldBe(2);
        var record = (await Records(b, "accepted")).ShouldHaveSingleItem();
        record.GetProperty("number").GetString().ShouldBe(number);
        var submission = record.GetProperty("submission");
        submission.GetProperty("aeatStatus").GetString().ShouldBe("Incorrecto");
        submission.GetProperty("errorCode").GetInt32().ShouldBe(3000);
        submission.GetProperty("heldStatus").GetString().ShouldBe("Correcta");
    }

    [Fact]
    public async Task More_records_than_a_batch_go_in_several_batches_of_at_most_the_batch_size()
    {
        var b = await BusinessWithCertificate();
        for (var i = 0; i < 5; i++) await Invoice(b);
        await Submit(b);
        await Submit(b);
        b.Envelopes.Select(e => e.Records.Count).ShouldBe([3, 2]);
        b.Envelopes.ShouldAllBe(e => e.SchemaErrors.Count == 0);
        (await Records(b, "accepted")).Length.ShouldBe(5);
    }

    [Fact]
    public async Task Without_a_certificate_nothing_is_sent_and_the_records_wait()
    {
        var b = await BusinessWithCertificate(upload: false);
        await Invoice(b);
        await Submit(b);
        b.Envelopes.ShouldBeEmpty();
        (await Records(b, "pending")).Length.ShouldBe(1);
    }

    [Fact]
    public async Task A_fault_from_the_AEAT_appends_nothing_and_the_records_go_with_the_next_look()
    {
        var b = await BusinessWithCertificate();
        await Invoice(b);
        Aeat.Fault = "Codigo[103].Error interno en el servidor.";
        await Submit(b);
        (await Records(b, "pending")).Length.ShouldBe(1);

        Aeat.Fault = null;
        await Submit(b);
        (await Records(b, "accepted")).Length.ShouldBe(1);
        b.Envelopes.Count.ShouldBe(2);
    }

    [Fact]
    public async Task An_endpoint_whose_certificate_is_neither_trusted_nor_pinned_gets_nothing()
    {
        var b = await BusinessWithCertificate();
        await Invoice(b);
        await using var unpinned = await AppFixture.StartOtherHostAsync(new Dictionary<string, string>
        {
            ["Blueindic__Verifactu__ServerCertificateSha256"] = "",
        });
        await Submit(unpinned, b);
        b.Envelopes.ShouldBeEmpty();
        (await Records(b, "pending")).Length.ShouldBe(1);
    }

    [Fact]
    public async Task With_a_scan_interval_a_node_submits_by_itself()
    {
        var b = await BusinessWithCertificate();
        var number = await Invoice(b);
        await using var scanning = await AppFixture.StartOtherHostAsync(new Dictionary<string, string>
        {
            ["Blueindic__Verifactu__ScanSeconds"] = "1",
        });
        var envelope = await Aeat.FirstFromAsync(b.CertificateSha256);
        AeatBatch.Key(envelope.Records.ShouldHaveSingleItem()).Item2.ShouldBe(number);
        // The scanning node holds the business's submission stream until its answer is committed: a
        // submission asked for here waits for it, and then finds nothing left to send.
        await Submit(b);
        (await Records(b, "accepted")).ShouldHaveSingleItem().GetProperty("number").GetString().ShouldBe(number);
        b.Envelopes.Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_status_the_API_does_not_know_is_a_400()
    {
        var b = await BusinessWithCertificate(upload: false);
        var result = await b.Tenant.Get("/api/verifactu/records?status=sent");
        result.ErrorFields().ShouldBe(["status"]);
    }
}
