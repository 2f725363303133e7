using Blueindic.Domain.Aeat;
using Blueindic.Domain.Business;
using Blueindic.Domain.Clients;
using Blueindic.Domain.Common;
using Blueindic.Domain.Invoices;
using Blueindic.Domain.Receivables;
using Blueindic.Domain.Reminders;
using Blueindic.Domain.Tenants;

namespace Blueindic.Api.Tests.Contracts;

/// <summary>
/// One fixed instance of every event type the store keeps, made the way the application makes them
/// (through the decisions), with fixed ids and instants so their JSON never varies between runs.
/// </summary>
public static class EventSamples
{
    private static readonly DateTimeOffset At = new(2026, 11, 27, 9, 30, 15, TimeSpan.Zero);
    private static readonly DateOnly Day = new(2026, 11, 27);
    private static readonly Guid TenantId = Guid.Parse("0193a1b2-0000-7000-8000-000000000001");
    private static readonly Guid ClientId = Guid.Parse("0193a1b2-0000-7000-8000-000000000002");
    private static readonly Guid InvoiceId = Guid.Parse("0193a1b2-0000-7000-8000-000000000003");
    private static readonly Guid CorrectiveId = Guid.Parse("0193a1b2-0000-7000-8000-000000000004");
    private static readonly Guid PaymentId = Guid.Parse("0193a1b2-0000-7000-8000-000000000005");
    private static readonly Guid LedgerId = Guid.Parse("0193a1b2-0000-7000-8000-000000000006");
    private static readonly Guid KeyId = Guid.Parse("0193a1b2-0000-7000-8000-000000000007");

    private static readonly Address Street = new("Calle Mayor 1, 2º B", "Madrid", "28013", "Madrid", "ES");
    private static readonly ClientDetails Shop = new("Ferretería Sol", "Ferretería Sol SL", "B64717838", "cobros@sol.example",
        "+34 600 000 000", Street, 30, true, "Paga por transferencia");

    /// <summary>Every sample by the stream it belongs to, in the order the application appends them.</summary>
    public static IReadOnlyList<(string Stream, object Event)> All()
    {
        var registered = ClientDecisions.Register(ClientId, Shop, At);
        var client = Client.Create(registered);
        var changed = ClientDecisions.ChangeDetails(client, Shop with { Email = null, Phone = "+34 911 111 111", PaymentTermsDays = 60 })!;
        var archived = ClientDecisions.Archive(client.Apply(changed), At);
        var restored = ClientDecisions.Restore(client.Apply(changed).Apply(archived), At);

        var tenant = new TenantRegistered(TenantId, "Estudio Nogal", "12345678Z", At, EventAddress.Of(Street));
        var keyIssued = TenantDecisions.IssueKey(Tenant.Create(tenant), KeyId, "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", At);
        var keyRevoked = TenantDecisions.RevokeKey(Tenant.Create(tenant).Apply(keyIssued), KeyId, At)!;

        var opened = new InvoiceLedgerOpened(LedgerId);
        var ledger = InvoiceLedger.Create(opened);
        var issuer = new PartySnapshot("Estudio Nogal", null, "12345678Z", Street);
        var request = new IssueRequest(InvoiceId, "F", Day, Day.AddDays(30), 15, "Gracias",
            [new LineInput("Reparación", 2, 50, 10, 21), new LineInput("Libro", 1, 20, 0, 4)]);
        var (issued, numbered) = InvoiceDecisions.Issue(ledger, request, client.Apply(changed), issuer, At);
        var invoice = Invoice.Create(issued);
        var paid = InvoiceDecisions.RecordPayment(invoice, PaymentId, 30, Day, PaymentMethod.DirectDebit, "Recibo 7", Day);
        var reversed = InvoiceDecisions.ReversePayment(invoice.Apply(paid), PaymentId, "Devuelto", Day);
        var writtenOff = InvoiceDecisions.WriteOff(invoice, "Concurso", Day);
        var (corrective, correctiveNumbered, corrected) = InvoiceDecisions.Correct(ledger.Apply(numbered), invoice, invoice.Issuer, CorrectiveId,
            "Descuento pactado", [new LineInput("Descuento", 1, -10, 0, 21)], At);
        var (_, _, cancelled) = InvoiceDecisions.Correct(ledger.Apply(numbered), invoice, invoice.Issuer, CorrectiveId, "Duplicada", null, At);

        var (uncollectibleCorrective, _, _) = InvoiceDecisions.Correct(ledger.Apply(numbered), invoice, invoice.Issuer, CorrectiveId,
            "Crédito incobrable", [new LineInput("Reparación", -2, 50, 10, 21)], At, CorrectionGround.Uncollectible);
        var (annulled, annulmentChained) = InvoiceDecisions.Annul(ledger.Apply(numbered), invoice, "Duplicada por error", At);

        var alerts = TenantSettings.ChangeAlertWindow(LedgerId, null, 14)!;

        var profileId = Guid.Parse("0193a1b2-0000-7000-8000-000000000008");
        var profile = new BusinessDetails("Nogal Estudio", "Estudio Nogal SL", Street, "hola@nogal.example", "+34 910 000 000",
            "ES9121000418450200051332", "https://nogal.example", 45, "A");
        var profileChanged = BusinessSettings.Change(profileId, null, BusinessDetails.Registered("Estudio Nogal", Street), profile)!;
        var logo = new LogoReference("8d969eef6ecad3c29a3a629280e686cf0c3f5d5a86aff3ca12020c923adc6c92", LogoImage.Png, 1234);
        var logoChanged = BusinessSettings.SetLogo(profileId, BusinessSettings.Create(profileChanged), logo)!;
        var logoRemoved = BusinessSettings.RemoveLogo(profileId, BusinessSettings.Create(profileChanged).Apply(logoChanged))!;
        var certificate = new BusinessCertificateDetails(
            "CN=12345678Z JUAN ESPAÑOL (R: B64717838), SERIALNUMBER=IDCES-12345678Z, OID.2.5.4.97=VATES-B64717838, O=ESTUDIO NOGAL SL, C=ES",
            "B64717838", "CN=AC Representación, OU=CERES, O=FNMT-RCM, C=ES", At.AddDays(-10), At.AddYears(2).AddDays(-10),
            "5D0B3C7A0E2F5C3B9A1E4D6F8A7C2B1E0F9D8C7B6A5E4D3C2B1A0F9E8D7C6B5A");
        var certificateInstalled = BusinessSettings.InstallCertificate(profileId, BusinessSettings.Create(profileChanged), certificate, At)!;
        var certificateRemoved = BusinessSettings.RemoveCertificate(profileId, BusinessSettings.Create(profileChanged).Apply(certificateInstalled))!;
        var profileIssuer = new PartySnapshot(profile.TradeName, profile.LegalName, "12345678Z", Street, profile.Email, profile.Phone,
            profile.Iban, profile.Website, logo);
        var (issuedWithProfile, _) = InvoiceDecisions.Issue(ledger, request with { Series = "A" }, client.Apply(changed), profileIssuer, At);

        var restoredClient = client.Apply(changed).Apply(archived).Apply(restored);
        var clearedAll = ClientDecisions.ChangeDetails(restoredClient, new ClientDetails("Sol", null, null, null, null, Street, 60, true, null))!;
        var withoutAddress = new TenantRegistered(LedgerId, "Autónoma Sin Domicilio", "12345678Z", At);

        var (to, cc) = InvoiceMailing.Recipients(null, ["Jefa@Nogal.Example"], "cobros@sol.example");
        var sent = InvoiceMailing.Send(invoice, to, cc, "20261127093015.ABCDEF@blueindic.example", At);
        var reminded = new ReminderSent(InvoiceId, 15, ReminderKind.Overdue, to, "20261127093016.ABCDEG@blueindic.example", At);
        var remindedByHand = new ReminderSent(InvoiceId, null, ReminderKind.FormalClaim, to, "20261127093017.ABCDEH@blueindic.example", At);
        var sendFailed = new InvoiceSendFailed(InvoiceId, sent.MessageId, [.. to, .. cc], "The mail server refused it: 550 No such user", 1, At);

        var optedOut = ClientDecisions.ChangeDetails(restoredClient, restoredClient.Details with { Language = ClientLanguage.English, Reminders = false })!;

        // A public administration: registered with its DIR3 codes, one changed, then none (cleared by name).
        var townHall = new ClientDetails("Ayuntamiento de Ejemplo", null, "P2807900B", null, null, Street, 30, false, null,
            Dir3: new Dir3Codes("LA0002345", "L01280053", "LA0002346"));
        var townHallRegistered = ClientDecisions.Register(ClientId, townHall, At);
        var townHallClient = Client.Create(townHallRegistered);
        var dir3Changed = ClientDecisions.ChangeDetails(townHallClient, townHall with { Dir3 = townHall.Dir3! with { ProcessingUnit = "LA0002347" } })!;
        var dir3Cleared = ClientDecisions.ChangeDetails(townHallClient, townHall with { Dir3 = null })!;

        var reminders = TenantSettings.ChangeReminderPolicy(LedgerId, TenantSettings.Create(alerts), ReminderPolicyInput.Validated(
            new ReminderPolicyInput(true, "08:30", [new(30, "formalClaim"), new(-5, "upcoming"), new(2, "overdue")])))!;

        var submissionId = VerifactuSubmission.StreamIdFor("0193a1b2-0000-7000-8000-000000000001");
        var submissionOpened = new VerifactuSubmissionOpened(submissionId);
        var batchAnswered = new VerifactuBatchAnswered(Guid.Parse("0193a1b2-0000-7000-8000-000000000009"),
            "https://prewww1.aeat.es/wlpl/TIKE-CONT/ws/SistemaFacturacion/VerifactuSOAP", At, At.AddSeconds(2), 2, "ParcialmenteCorrecto",
            "A-Y23JP3582934", 60,
            [new(1, "Correcto", null, null), new(2, "Incorrecto", 1105, "El NIF del destinatario no está identificado.")]);

        return
        [
            ("client", registered), ("client", changed), ("client", archived), ("client", restored),
            ("tenant", tenant), ("tenant", keyIssued), ("tenant", keyRevoked),
            ("ledger", opened), ("ledger", numbered), ("ledger", correctiveNumbered),
            ("invoice", issued), ("invoice", paid), ("invoice", reversed), ("invoice", writtenOff), ("invoice", corrected),
            ("invoice", cancelled),
            ("corrective", corrective),
            ("settings", alerts),
            // Added later, at the end, so the stored file keeps its order.
            ("client", clearedAll),
            ("tenant without address", withoutAddress),
            // The business profile (after the 2026-11 stored file: not in it).
            ("business profile", profileChanged), ("business profile", logoChanged), ("business profile", logoRemoved),
            ("business profile", certificateInstalled), ("business profile", certificateRemoved),
            ("invoice with profile", issuedWithProfile),
            // The reminder policy, on the settings stream; a client's mail language and reminders (optional members).
            ("settings", reminders),
            ("client", optedOut),
            // A public administration's DIR3 codes (optional members).
            ("client with DIR3", townHallRegistered), ("client with DIR3", dir3Changed), ("client with DIR3", dir3Cleared),
            // Mail and reminders (after the 2026-11 stored file: not in it).
            ("invoice", sent), ("invoice", reminded), ("invoice", remindedByHand), ("invoice", sendFailed),
            // R2–R4 correctives and anulaciones (after the 2026-11 stored file: not in it).
            ("corrective", uncollectibleCorrective),
            ("annulled invoice", annulled), ("ledger", annulmentChained),
            // The AEAT's answers to submitted batches, on the business's submission stream.
            ("verifactu submission", submissionOpened), ("verifactu submission", batchAnswered),
        ];
    }
}
