using System.Security.Cryptography;
using System.Text.Json;
using Blueindic.Api.Tests.Support;
using Blueindic.Api.Verifactu;
using Blueindic.Domain.Aeat;
using Alba;
using Wolverine;
using Wolverine.Tracking;

namespace Blueindic.Api.Tests.Verifactu;

/// <summary>
/// Records sent to <see cref="FakeAeat"/> (HTTPS, client certificate required, every envelope checked
/// against the official schemas), through the real host, with submission on and batches of three
/// (AppFixture). Issuing an invoice or installing a certificate asks for a submission (a durable message);
/// each test waits for those messages through Wolverine's tracking.
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

    private sealed record Business(TestTenant Tenant, Guid ClientId, byte[] Pkcs12, string CertificateSha256)
    {
        /// <summary>What the fake AEAT received from this business: each test's certificate is its own.</summary>
        public IReadOnlyList<FakeAeat.Received> Envelopes => Aeat.From(CertificateSha256);
    }

    /// <summary>A business with a client and a certificate of its own, not installed yet.</summary>
    private async Task<Business> NewBusiness()
    {
        var tenant = await app.NewTenant("Estudio Envía");
        var client = await tenant.RegisterClient(new { name = "Cliente Veri SL", taxId = "B76365782" });
        // Valid at the API's fixed "now" (AppFixture.Now) as at the real one the TLS handshake sees.
        using var certificate = TestCertificates.SelfSigned(TestCertificates.Representative(entityTaxId: "B64717838"),
            AppFixture.Now.AddDays(-30), AppFixture.Now.AddYears(2));
        return new Business(tenant, client.GetProperty("id").GetGuid(), TestCertificates.Pkcs12(certificate),
            Convert.ToHexString(SHA256.HashData(certificate.RawData)));
    }

    /// <summary>Runs <paramref name="act"/> and waits for the submissions it asked for (and their wake-ups) to be handled.</summary>
    private Task Tracked(Func<Task> act) => app.Host.TrackActivity().Timeout(TimeSpan.FromSeconds(60)).DoNotAssertOnExceptionsDetected()
        .ExecuteAndWaitAsync((Func<IMessageContext, Task>)(_ => act()));

    private Task Install(Business b) => Tracked(async () =>
    {
        var installed = await b.Tenant.PutCertificate(b.Pkcs12, TestCertificates.Password);
        installed.Status().ShouldBe(200, installed.ReadAsText());
    });

    private async Task<string> Invoice(Business b)
    {
        var number = "";
        await Tracked(async () => number = (await b.Tenant.IssueSimpleInvoice(b.ClientId)).GetProperty("number").GetString()!);
        return number;
    }

    private Task Submit(Business b) =>
        app.Host.MessageBus().InvokeForTenantAsync(b.Tenant.TenantId.ToString(), new SubmitVerifactuRecords());

    /// <summary>
    /// Stands in for the retry Wolverine schedules after an unanswered batch (a minute later by default):
    /// asked for once the failed attempt has reached the fake, it waits for that attempt's lock, then sends
    /// again, unless the retry was quicker. Either way, two envelopes in all.
    /// </summary>
    private async Task Retried(Business b)
    {
        await Aeat.EnvelopeFromAsync(b.CertificateSha256, 1);
        await Submit(b);
        b.Envelopes.Count.ShouldBe(2);
    }

    /// <summary>
    /// Once the fake has received this many envelopes from the business: the sending node holds the
    /// business's submission stream until it has committed the answer, so a submission asked for here
    /// waits for that, and then finds nothing left to send.
    /// </summary>
    private async Task Settled(Business b, int envelopes)
    {
        await Aeat.EnvelopeFromAsync(b.CertificateSha256, envelopes);
        await Submit(b);
        b.Envelopes.Count.ShouldBe(envelopes);
    }

    private static async Task<JsonElement[]> Records(Business b, string status)
    {
        var result = await b.Tenant.Get($"/api/verifactu/records?status={status}");
        result.Status().ShouldBe(200, result.ReadAsText());
        return result.Json().GetProperty("data").EnumerateArray().ToArray();
    }

    /// <summary>The invoice number a record carries, read from its own IDFactura (not with the API's reader).</summary>
    private static string NumberOf(System.Xml.Linq.XElement record) =>
        record.Element(AeatNamespaces.Sf + "IDFactura")!.Elements().ElementAt(1).Value;

    [Fact]
    public async Task Records_kept_waiting_for_a_certificate_go_in_chain_order_over_mutual_TLS_once_it_is_installed()
    {
        var b = await NewBusiness();
        var numbers = new[] { await Invoice(b), await Invoice(b) };
        b.Envelopes.ShouldBeEmpty();
        (await Records(b, "pending")).Length.ShouldBe(2);

        await Install(b);

        var envelope = b.Envelopes.ShouldHaveSingleItem();   // the server saw the business's certificate
        envelope.SchemaErrors.ShouldBeEmpty();
        (envelope.EnvelopeNamespace, envelope.SoapAction, envelope.ContentType)
            .ShouldBe((AeatNamespaces.Soap, "\"\"", "text/xml; charset=utf-8"));   // SOAP 1.1, as the WSDL binds it
        envelope.IssuerTaxId.ShouldBe("B64717838");
        envelope.Records.Select(NumberOf).ShouldBe(numbers);
        (await Records(b, "pending")).ShouldBeEmpty();
        var accepted = await Records(b, "accepted");
        accepted.Select(r => r.GetProperty("number").GetString()).ShouldBe(numbers);
        accepted.ShouldAllBe(r => r.GetProperty("submission").GetProperty("aeatStatus").GetString() == "Correcto");

        var audit = (await b.Tenant.Get("/api/audit?limit=100")).Json().GetProperty("data").EnumerateArray();
        var answered = audit.Where(e => e.GetProperty("type").GetString() == nameof(VerifactuBatchAnswered)).ShouldHaveSingleItem();
        answered.GetProperty("user").GetString().ShouldBe("system:verifactu");
    }

    [Fact]
    public async Task Each_invoice_issued_asks_for_its_record_to_be_sent()
    {
        var b = await NewBusiness();
        await Install(b);
        var number = await Invoice(b);
        NumberOf(b.Envelopes.ShouldHaveSingleItem().Records.ShouldHaveSingleItem()).ShouldBe(number);
        (await Records(b, "accepted")).ShouldHaveSingleItem();
    }

    [Fact]
    public async Task A_rejected_record_is_shown_with_the_AEATs_reason_and_not_sent_again()
    {
        var b = await NewBusiness();
        var good = await Invoice(b);
        var bad = await Invoice(b);
        Aeat.Judge = (number, operation) => number == bad ? ("Incorrecto", 1105, "El NIF del destinatario no está identificado.") : FakeAeat.Accept(number, operation);
        await Install(b);

        var rejected = (await Records(b, "rejected")).ShouldHaveSingleItem();
        rejected.GetProperty("number").GetString().ShouldBe(bad);
        var submission = rejected.GetProperty("submission");
        submission.GetProperty("errorCode").GetInt32().ShouldBe(1105);
        submission.GetProperty("errorDescription").GetString().ShouldBe("El NIF del destinatario no está identificado.");
        (await Records(b, "accepted")).ShouldHaveSingleItem().GetProperty("number").GetString().ShouldBe(good);

        var next = await Invoice(b);
        b.Envelopes.Count.ShouldBe(2);
        b.Envelopes[1].Records.Select(NumberOf).ShouldBe([next]);
    }

    [Fact]
    public async Task The_wait_the_AEAT_asks_for_holds_back_the_next_batch()
    {
        var b = await NewBusiness();
        await Install(b);
        Aeat.WaitSeconds = 60;
        await Invoice(b);
        b.Envelopes.Count.ShouldBe(1);

        // A batch's worth (three here) pending, and the API's clock has not moved: they wait, as only
        // the AEAT's full batch of 1,000 may go before the wait is over (VerifactuSubmissionTests).
        for (var i = 0; i < 3; i++) await Invoice(b);
        b.Envelopes.Count.ShouldBe(1);
        (await Records(b, "pending")).Length.ShouldBe(3);
    }

    [Fact]
    public async Task More_records_than_a_batch_go_in_several_batches_of_at_most_the_batch_size()
    {
        var b = await NewBusiness();
        for (var i = 0; i < 5; i++) await Invoice(b);
        await Install(b);
        b.Envelopes.Select(e => e.Records.Count).ShouldBe([3, 2]);
        b.Envelopes.ShouldAllBe(e => e.SchemaErrors.Count == 0);
        (await Records(b, "accepted")).Length.ShouldBe(5);
    }

    [Fact]
    public async Task Records_whose_answer_was_lost_go_again_and_count_as_accepted_when_the_AEAT_holds_them()
    {
        var b = await NewBusiness();
        await Install(b);
        Aeat.LostAnswers = 1;
        var number = (await b.Tenant.IssueSimpleInvoice(b.ClientId)).GetProperty("number").GetString()!;

        await Retried(b);
        var record = (await Records(b, "accepted")).ShouldHaveSingleItem();
        record.GetProperty("number").GetString().ShouldBe(number);
        var submission = record.GetProperty("submission");
        submission.GetProperty("aeatStatus").GetString().ShouldBe("Incorrecto");
        submission.GetProperty("errorCode").GetInt32().ShouldBe(3000);
        submission.GetProperty("heldStatus").GetString().ShouldBe("Correcta");
    }

    [Fact]
    public async Task Without_a_certificate_nothing_is_sent_and_the_records_wait()
    {
        var b = await NewBusiness();
        await Invoice(b);
        await Submit(b);
        b.Envelopes.ShouldBeEmpty();
        (await Records(b, "pending")).Length.ShouldBe(1);
    }

    [Fact]
    public async Task A_fault_from_the_AEAT_appends_nothing_and_the_records_go_with_the_retry()
    {
        var b = await NewBusiness();
        await Install(b);
        Aeat.Faults = 1;
        await b.Tenant.IssueSimpleInvoice(b.ClientId);
        await Retried(b);
        (await Records(b, "accepted")).Length.ShouldBe(1);
        // Two envelopes, one answer: the fault appended nothing.
        (await b.Tenant.Get("/api/audit?limit=100")).Json().GetProperty("data").EnumerateArray()
            .Count(e => e.GetProperty("type").GetString() == nameof(VerifactuBatchAnswered)).ShouldBe(1);
    }

    [Fact]
    public async Task An_endpoint_whose_certificate_is_neither_trusted_nor_the_one_pinned_gets_nothing()
    {
        var b = await NewBusiness();
        await Invoice(b);
        await InstallWhereSubmissionIsOff(b);
        await using var unpinned = await AppFixture.StartOtherHostAsync(new Dictionary<string, string>
        {
            ["Blueindic__Verifactu__ServerCertificateSha256"] = new string('0', 64),
        });
        await Should.ThrowAsync<AeatUnreachable>(unpinned.MessageBus().InvokeForTenantAsync(b.Tenant.TenantId.ToString(), new SubmitVerifactuRecords()));
        b.Envelopes.ShouldBeEmpty();
        (await Records(b, "pending")).Length.ShouldBe(1);
    }

    /// <summary>Installs the certificate through a node with submission off: nothing asks for the records to go.</summary>
    private static async Task InstallWhereSubmissionIsOff(Business b)
    {
        await using var notSubmitting = await AppFixture.StartOtherHostAsync(new Dictionary<string, string> { ["Blueindic__Verifactu__Submit"] = "false" });
        var installed = await b.Tenant.PutCertificate(b.Pkcs12, TestCertificates.Password, host: notSubmitting);
        installed.Status().ShouldBe(200, installed.ReadAsText());
    }

    [Fact]
    public async Task A_node_starting_with_submission_on_sends_what_is_pending()
    {
        var b = await NewBusiness();
        var number = await Invoice(b);
        // Installed here, where the first attempt meets a fault and leaves the record pending.
        Aeat.Faults = 1;
        await b.Tenant.PutCertificate(b.Pkcs12, TestCertificates.Password);
        await Aeat.EnvelopeFromAsync(b.CertificateSha256, 1);

        await using var starting = await AppFixture.StartOtherHostAsync(new Dictionary<string, string>());
        await Settled(b, envelopes: 2);
        NumberOf(b.Envelopes[1].Records.ShouldHaveSingleItem()).ShouldBe(number);
        (await Records(b, "accepted")).ShouldHaveSingleItem().GetProperty("number").GetString().ShouldBe(number);
    }

    [Fact]
    public async Task A_status_the_API_does_not_know_is_a_400()
    {
        var b = await NewBusiness();
        var result = await b.Tenant.Get("/api/verifactu/records?status=sent");
        result.ErrorFields().ShouldBe(["status"]);
    }
}
