using Blueindic.Api.Common;
using Blueindic.Api.Invoices;
using Blueindic.Domain.Invoices;
using static Blueindic.Api.OpenApi.ExampleJson;

namespace Blueindic.Api.OpenApi.Examples;

/// <summary>The README's invoice F-2026-0001 to Panadería Muñoz: net 127.34, VAT 23.73, surcharge 5.58, IRPF 19.10, total 137.55.</summary>
internal sealed class InvoiceExamples : IOpenApiExamples
{
    public const string Client = """
        {
          "name": "Panadería Muñoz", "legalName": "Panadería Muñoz S.L.", "taxId": "B64717838",
          "address": {"line1": "Calle Mayor 12", "city": "Madrid", "postalCode": "28013", "province": null, "country": "ES"},
          "email": null, "phone": null, "iban": null, "website": null, "logo": null
        }
        """;

    public const string Issuer = """
        {
          "name": "Estudio Ruiz", "legalName": "Ruiz y Asociados SL", "taxId": "12345678Z",
          "address": {"line1": "Calle de Alcalá 48", "city": "Madrid", "postalCode": "28014", "province": "Madrid", "country": "ES"},
          "email": "hola@estudioruiz.example", "phone": null, "iban": "ES9121000418450200051332", "website": "https://estudioruiz.example",
          "logo": {"sha256": "d312a294bf7192594e382eb76f8d266b38b233dede026933f3668c3df00292d9", "mediaType": "image/png", "bytes": 18342}
        }
        """;

    /// <summary>What an invoice and its preview share: the parties, lines, taxes and totals.</summary>
    private const string Amounts = $$"""
        {
          "series": "F", "issueDate": "2026-11-27", "dueDate": "2026-12-27", "clientId": "01930002-5c1e-7a4b-9d2f-3e8b61a1057a",
          "client": {{Client}},
          "issuer": {{Issuer}},
          "lines": [
            {"description": "Pan", "quantity": 3, "unitPrice": 10.125, "discountPercent": 10, "vatRate": 10, "net": 27.34},
            {"description": "Diseño", "quantity": 1, "unitPrice": 100, "discountPercent": 0, "vatRate": 21, "net": 100}
          ],
          "taxes": [
            {"vatRate": 21, "base": 100, "vat": 21, "surchargeRate": 5.2, "surcharge": 5.2},
            {"vatRate": 10, "base": 27.34, "vat": 2.73, "surchargeRate": 1.4, "surcharge": 0.38}
          ],
          "netTotal": 127.34, "vatTotal": 23.73, "surchargeTotal": 5.58, "withholdingRate": 15, "withholdingTotal": 19.10, "total": 137.55,
          "currency": "EUR", "notes": "Pedido de noviembre"
        }
        """;

    public static readonly string Invoice = Merged(Amounts, """
        {
          "id": "01930004-5c1e-7a4b-9d2f-3e8b61a143f4", "number": "F-2026-0001",
          "amountPaid": 0, "amountDue": 137.55, "amountWrittenOff": 0, "status": "issued",
          "overdue": false, "daysOverdue": 0, "overdueSince": null,
          "payments": [], "correctedBy": [], "corrects": null,
          "verifactu": {
            "recordType": "alta", "position": 1, "hash": "6DC934ECCF5B7A2C6322F33874DDB5E41B097BF9D9E7C9710EDA7C0E08404C32", "previousHash": "",
            "generatedAt": "2026-11-27T11:02:40+01:00", "invoiceType": "F1",
            "qrUrl": "https://www2.agenciatributaria.gob.es/wlpl/TIKE-CONT/ValidarQR?nif=12345678Z&numserie=F-2026-0001&fecha=27-11-2026&importe=156.65"
          },
          "annulment": null, "sendings": [], "reminders": [],
          "nextReminder": {"kind": "upcoming", "step": -3, "at": "2026-12-24T08:00:00+00:00"},
          "version": 1
        }
        """);

    public void AddTo(ExampleBook book) => book
        .Schema<IssueInvoiceInput>("""
            {
              "clientId": "01930002-5c1e-7a4b-9d2f-3e8b61a1057a",
              "withholdingRate": 15,
              "notes": "Pedido de noviembre",
              "lines": [
                {"description": "Pan", "quantity": 3, "unitPrice": 10.125, "discountPercent": 10, "vatRate": 10},
                {"description": "Diseño", "quantity": 1, "unitPrice": 100, "vatRate": 21}
              ]
            }
            """)
        .Invalid<IssueInvoiceInput>(Problem(400, "The request is not valid.", null, """
            { "errors": { "lines[0].vatRate": ["The VAT rate is one of 0, 4, 10, 21."], "lines[1].quantity": ["A quantity greater than 0 is required."] } }
            """))
        .Schema<InvoiceResponse>(Invoice)
        .Schema<Page<InvoiceResponse>>(Page(Invoice))
        .Schema<InvoicePreview>(Amounts)
        .ProblemUnder("/api/invoices/{id}", 404, Problem(404, "Not found", "No invoice with that id."))
        .ProblemUnder("/api/invoices/by-number/", 404, Problem(404, "Not found", "No invoice with that id."))
        .AnswerOf(typeof(IssueInvoiceEndpoint), 404, Problem(404, "Not found", "No client with that id."))
        .AnswerOf(typeof(PreviewInvoiceEndpoint), 404, Problem(404, "Not found", "No client with that id."))
        .AnswerOf(typeof(IssueInvoiceEndpoint), 409, Problem(409, "Conflict", "The client is archived; restore it to invoice it."))
        .AnswerOf(typeof(PreviewInvoiceEndpoint), 409, Problem(409, "Conflict", "The client is archived; restore it to invoice it."))
        .AnswerOf(typeof(GetInvoiceFacturaeEndpoint), 409, Problem(409, "Conflict",
            "This business has no signing certificate: install one (PUT /api/settings/certificate) to sign Facturae files."));
}
