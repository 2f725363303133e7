using Blueindic.Api.Invoices.Pdf;
using Blueindic.Api.Mail;
using Blueindic.Domain.Clients;
using Blueindic.Domain.Invoices;
using Blueindic.Projections.Clients;
using Blueindic.Projections.Invoices;
using Microsoft.Extensions.Options;
using Wolverine;

namespace Blueindic.Api.Invoices;

public static class SendInvoiceEndpoint
{
    /// <summary>Send the invoice by email, its PDF attached, in the client's language.</summary>
    /// <remarks>
    /// 202 once the <c>InvoiceSent</c> event and the mail are committed together (Wolverine's durable
    /// outbox): the mail is delivered even if the server stops right after. A relay that fails is retried
    /// with backoff; a mail it never takes is recorded on the invoice as <c>InvoiceSendFailed</c>.
    /// </remarks>
    [WolverinePost("/api/invoices/{id}/send"), Tags("Invoices")]
    [ProducesResponseType<InvoiceSendResponse>(StatusCodes.Status202Accepted)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest, Problems.Json)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, Problems.Json)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, Problems.Json)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status422UnprocessableEntity, Problems.Json)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status503ServiceUnavailable, Problems.Json)]
    public static async Task<IResult> Post(Guid id, SendInvoiceInput? input, IDocumentSession session, IMessageBus bus, MailTransport transport,
        IOptions<BlueindicOptions> options, TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        var note = SendInvoiceInput.ValidatedMessage(input);
        var invoice = await session.FetchForCommandAsync<Invoice>(id, "invoice", http.Request, ct);
        if (!PdfFonts.Ready()) return PdfFonts.Unavailable();
        var view = await session.LoadAsync<InvoiceView>(id, ct) ?? throw new InvalidOperationException($"Invoice {id} has no view.");
        var client = await session.LoadAsync<ClientView>(invoice.Aggregate!.ClientId, ct);
        var (to, cc) = InvoiceMailing.Recipients(input?.To, input?.Cc, client?.Details.Email);

        var at = clock.GetUtcNow();
        var issuing = await IssuingContext.IssuerAsync(session, ct);
        var pdf = InvoicePdf.Render(await InvoiceDocuments.OfAsync(session, view, ct));
        var language = client?.Details.Language ?? ClientLanguage.Default;
        var mail = MailComposer.Compose(options.Value.Smtp, issuing.Issuer.Name, issuing.Issuer.Email, to, cc, language,
            InvoiceMailTexts.Invoice(language, MailFacts.Of(view, issuing.Issuer, at), note),
            new MailAttachment(InvoicePdf.FileName(view.Number), InvoicePdf.MediaType, pdf), at);

        var sent = InvoiceMailing.Send(invoice.Aggregate, to, cc, mail.MessageId!, at);
        invoice.AppendOne(sent);
        await bus.QueueMailAsync(session, id, mail);
        await session.SaveChangesAsync(ct);
        return Results.Json(new InvoiceSendResponse(id, sent.MessageId, to, cc, at, transport.Delivery), statusCode: StatusCodes.Status202Accepted);
    }
}
