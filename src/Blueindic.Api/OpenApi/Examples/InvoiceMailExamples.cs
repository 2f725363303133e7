using Blueindic.Api.Invoices;
using Blueindic.Api.Reminders;
using static Blueindic.Api.OpenApi.ExampleJson;

namespace Blueindic.Api.OpenApi.Examples;

/// <summary>F-2026-0001 mailed to Panadería Muñoz, reminded, claimed for paying late, and its history.</summary>
internal sealed class InvoiceMailExamples : IOpenApiExamples
{
    public void AddTo(ExampleBook book) => book
        .Schema<SendInvoiceInput>("""
            {
              "to": ["pedidos@panaderiamunoz.es"], "cc": ["administracion@panaderiamunoz.es"],
              "message": "Buenos días:\nAdjuntamos la factura del pedido de noviembre.\nUn saludo, Estudio Ruiz"
            }
            """)
        .Schema<InvoiceSendResponse>("""
            {
              "invoiceId": "01930004-5c1e-7a4b-9d2f-3e8b61a143f4", "messageId": "7TB53XVQYUU4.JYH8MGHFEEA8@estudioruiz.example",
              "to": ["pedidos@panaderiamunoz.es"], "cc": ["administracion@panaderiamunoz.es"], "at": "2026-11-27T10:04:12.305+00:00", "delivery": "smtp"
            }
            """)
        .Invalid<SendInvoiceInput>(Problem(400, "The request is not valid.", "At most 2000 characters.",
            """{ "errors": { "message": ["At most 2000 characters."] } }"""))
        .AnswerOf(typeof(SendInvoiceEndpoint), 409, NoEmail)
        .AnswerOf(typeof(SendInvoiceEndpoint), 422, BadAddress)
        .Schema<SendReminderInput>("""{ "kind": "overdue", "to": ["pedidos@panaderiamunoz.es"] }""")
        .Invalid<SendReminderInput>(Problem(400, "The request is not valid.", "The invoice is already overdue: send an overdue reminder or a formal claim.",
            """{ "errors": { "kind": ["The invoice is already overdue: send an overdue reminder or a formal claim."] } }"""))
        .Schema<ReminderSendResponse>("""
            {
              "invoiceId": "01930004-5c1e-7a4b-9d2f-3e8b61a143f4", "kind": "overdue", "messageId": "F78WAXVQYUU4.OINZAQEP5WWK1@estudioruiz.example",
              "to": ["pedidos@panaderiamunoz.es"], "at": "2026-12-30T08:00:00.412+00:00", "delivery": "smtp"
            }
            """)
        .AnswerOf(typeof(SendReminderEndpoint), 409, Problem(409, "Conflict",
            "Nothing is due on this invoice (paid, written off, cancelled or corrective): there is nothing to remind."))
        .AnswerOf(typeof(SendReminderEndpoint), 422, BadAddress)
        .Schema<LatePaymentResponse>("""
            {
              "invoiceId": "01930004-5c1e-7a4b-9d2f-3e8b61a143f4", "number": "F-2026-0001", "dueDate": "2026-12-27", "paidDate": "2027-01-26",
              "daysLate": 30, "principal": 137.55, "interest": 1.14,
              "interestPeriods": [
                {"from": "2026-12-28", "to": "2026-12-31", "rate": 10.15, "days": 4, "amount": 0.15},
                {"from": "2027-01-01", "to": "2027-01-26", "rate": 10.15, "days": 26, "amount": 0.99}
              ],
              "compensation": 40, "claimable": 41.14, "complete": true
            }
            """)
        .AnswerOf(typeof(GetLatePaymentEndpoint), 409, Problem(409, "Conflict",
            "A corrective invoice accrues no late-payment interest: it is settled through the invoice it corrects."))
        .AnswerOf(typeof(GetInvoiceHistoryEndpoint), 200, """
            [
              {
                "version": 2, "type": "PaymentRecorded", "timestamp": "2026-11-27T10:06:31.118+00:00",
                "data": {
                  "invoiceId": "01930004-5c1e-7a4b-9d2f-3e8b61a143f4", "paymentId": "01930008-5c1e-7a4b-9d2f-3e8b61a1c0e8",
                  "amount": 37.55, "date": "2026-11-27", "method": "cash", "reference": null
                },
                "user": "key:01930007-5c1e-7a4b-9d2f-3e8b61a1a1ab", "correlationId": "95b3142c804bb8a13f5bca51826f01de", "causationId": null
              }
            ]
            """);

    private static readonly string NoEmail =
        Problem(409, "Conflict", "The client has no email address: give one in `to`, or add it to the client.");

    private static readonly string BadAddress = Problem(422, "The request is not valid.", "Not an email address.",
        """{ "errors": { "to[0]": ["Not an email address."] } }""");
}
