using Blueindic.Api.Invoices;
using static Blueindic.Api.OpenApi.ExampleJson;

namespace Blueindic.Api.OpenApi.Examples;

/// <summary>What happens to F-2026-0001 afterwards, as the README tells it: paid in part, reversed, written off, corrected, annulled.</summary>
internal sealed class InvoiceChangeExamples : IOpenApiExamples
{
    private const string Payment = """
        {"id": "01930008-5c1e-7a4b-9d2f-3e8b61a1c0e8", "amount": 37.55, "date": "2026-11-27", "method": "cash", "reference": null, "reversed": false, "recovered": 0}
        """;

    public void AddTo(ExampleBook book) => book
        .Schema<RecordPaymentInput>("""{ "amount": 37.55, "date": "2026-11-27", "method": "cash" }""")
        .Invalid<RecordPaymentInput>(Problem(400, "The request is not valid.", "The amount must be greater than 0.",
            """{ "errors": { "amount": ["The amount must be greater than 0."] } }"""))
        .AnswerOf(typeof(RecordPaymentEndpoint), 200, Merged(InvoiceExamples.Invoice, $$"""
            { "amountPaid": 37.55, "amountDue": 100.00, "status": "partiallyPaid", "payments": [{{Payment}}], "version": 2 }
            """))
        .AnswerOf(typeof(RecordPaymentEndpoint), 409, Problem(409, "Conflict", "The amount 1000.00 is more than the 137.55 still to collect."))
        .Schema<ReasonInput>("""{ "reason": "Concurso de acreedores" }""")
        .Invalid<ReasonInput>(Problem(400, "The request is not valid.", "Required: 1 to 500 characters.",
            """{ "errors": { "reason": ["Required: 1 to 500 characters."] } }"""))
        .RequestOf(typeof(ReversePaymentEndpoint), """{ "reason": "Transferencia devuelta" }""")
        .AnswerOf(typeof(ReversePaymentEndpoint), 200, Merged(InvoiceExamples.Invoice, $$"""
            { "payments": [{{Merged(Payment, """{ "reversed": true }""")}}], "version": 3 }
            """))
        .AnswerOf(typeof(ReversePaymentEndpoint), 404, Problem(404, "Not found", "The invoice has no such payment."))
        .AnswerOf(typeof(ReversePaymentEndpoint), 409, Problem(409, "Conflict", "The payment is already reversed."))
        .AnswerOf(typeof(WriteOffInvoiceEndpoint), 200, Merged(InvoiceExamples.Invoice, $$"""
            {
              "amountPaid": 37.55, "amountDue": 0, "amountWrittenOff": 100.00, "status": "uncollectible",
              "payments": [{{Payment}}], "nextReminder": null, "version": 3
            }
            """))
        .AnswerOf(typeof(WriteOffInvoiceEndpoint), 409, Problem(409, "Conflict", "Nothing is due on this invoice."))
        .Schema<CorrectInvoiceInput>("""
            { "reason": "Descuento pactado", "lines": [{"description": "Descuento", "quantity": 1, "unitPrice": -10, "vatRate": 21}] }
            """)
        .Invalid<CorrectInvoiceInput>(Problem(400, "The request is not valid.", "The VAT rate is one of 0, 4, 10, 21.",
            """{ "errors": { "lines[0].vatRate": ["The VAT rate is one of 0, 4, 10, 21."] } }"""))
        .AnswerOf(typeof(CorrectInvoiceEndpoint), 201, Merged(InvoiceExamples.Invoice, """
            {
              "id": "01930003-5c1e-7a4b-9d2f-3e8b61a124b7", "number": "R-2026-0001", "series": "R", "dueDate": "2026-11-27",
              "lines": [{"description": "Descuento", "quantity": 1, "unitPrice": -10, "discountPercent": 0, "vatRate": 21, "net": -10}],
              "taxes": [{"vatRate": 21, "base": -10, "vat": -2.1, "surchargeRate": 5.2, "surcharge": -0.52}],
              "netTotal": -10, "vatTotal": -2.10, "surchargeTotal": -0.52, "withholdingTotal": -1.50, "total": -11.12, "amountDue": 0,
              "corrects": {
                "invoiceId": "01930004-5c1e-7a4b-9d2f-3e8b61a143f4", "number": "F-2026-0001", "reason": "Descuento pactado",
                "cancels": false, "ground": "error"
              },
              "verifactu": {
                "position": 2, "hash": "173BD8519815060DAA70C53FE19F4F6815BD98BFD2B4ACCCF4FE566B6BC43483",
                "previousHash": "6DC934ECCF5B7A2C6322F33874DDB5E41B097BF9D9E7C9710EDA7C0E08404C32", "invoiceType": "R1",
                "qrUrl": "https://www2.agenciatributaria.gob.es/wlpl/TIKE-CONT/ValidarQR?nif=12345678Z&numserie=R-2026-0001&fecha=27-11-2026&importe=-12.62"
              },
              "notes": "Descuento pactado", "nextReminder": null
            }
            """))
        .AnswerOf(typeof(CorrectInvoiceEndpoint), 409, Problem(409, "Conflict",
            "Payments were recorded on this invoice: reverse them, or correct it by differences."))
        .RequestOf(typeof(AnnulInvoiceEndpoint), """{ "reason": "Duplicada por error" }""")
        .AnswerOf(typeof(AnnulInvoiceEndpoint), 200, Merged(InvoiceExamples.Invoice, """
            {
              "id": "01930001-5c1e-7a4b-9d2f-3e8b61a0e63d", "number": "F-2026-0002", "amountDue": 0, "status": "annulled",
              "verifactu": {
                "position": 3, "hash": "8655928D748061A56FC32CF0F5B890D869A4C0E3FFF25DFAE221DC1C362E39A2",
                "previousHash": "173BD8519815060DAA70C53FE19F4F6815BD98BFD2B4ACCCF4FE566B6BC43483",
                "qrUrl": "https://www2.agenciatributaria.gob.es/wlpl/TIKE-CONT/ValidarQR?nif=12345678Z&numserie=F-2026-0002&fecha=27-11-2026&importe=156.65"
              },
              "annulment": {
                "date": "2026-11-27", "reason": "Duplicada por error", "position": 4,
                "hash": "BC551DD637DCE0A4CB58F127A26AFCA34A1AF1AA636E84D2564B7D0F97FCB161"
              },
              "nextReminder": null, "version": 2
            }
            """))
        .AnswerOf(typeof(AnnulInvoiceEndpoint), 409, Problem(409, "Conflict",
            "Payments were recorded on this invoice: correct it with a corrective invoice instead."));
}
