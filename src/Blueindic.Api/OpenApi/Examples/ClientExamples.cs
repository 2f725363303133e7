using Blueindic.Api.Clients;
using Blueindic.Api.Common;
using Blueindic.Domain.Clients;
using static Blueindic.Api.OpenApi.ExampleJson;

namespace Blueindic.Api.OpenApi.Examples;

/// <summary>Panadería Muñoz, the README's client, as the client endpoints take and show it.</summary>
internal sealed class ClientExamples : IOpenApiExamples
{
    public const string Client = """
        {
          "id": "01930002-5c1e-7a4b-9d2f-3e8b61a1057a",
          "name": "Panadería Muñoz",
          "legalName": "Panadería Muñoz S.L.",
          "taxId": "B64717838",
          "email": "pedidos@panaderiamunoz.es",
          "phone": null,
          "address": {"line1": "Calle Mayor 12", "city": "Madrid", "postalCode": "28013", "province": null, "country": "ES"},
          "paymentTermsDays": 30,
          "equivalenceSurcharge": true,
          "notes": null,
          "language": "es",
          "reminders": true,
          "dir3": null,
          "archived": false,
          "createdAt": "2026-11-27T10:02:11.482+00:00",
          "version": 1
        }
        """;

    public void AddTo(ExampleBook book) => book
        .Schema<ClientDetailsInput>("""
            {
              "name": "Panadería Muñoz", "legalName": "Panadería Muñoz S.L.", "taxId": "es b-64717838",
              "email": "pedidos@panaderiamunoz.es", "address": {"line1": "Calle Mayor 12", "city": "Madrid", "postalCode": "28013"},
              "paymentTermsDays": 30, "equivalenceSurcharge": true
            }
            """)
        .Invalid<ClientDetailsInput>(Problem(400, "The request is not valid.", null, """
            {
              "errors": {
                "name": ["A name is required."],
                "taxId": ["The DNI control letter should be 'Z'."],
                "address.country": ["Not an ISO 3166-1 alpha-2 country code."]
              }
            }
            """))
        .Schema<ClientResponse>(Client)
        .AnswerOf(typeof(UpdateClientEndpoint), 200, Merged(Client, """{ "paymentTermsDays": 60, "version": 2 }"""))
        .AnswerOf(typeof(ArchiveClientEndpoint), 200, Merged(Client, """{ "archived": true, "version": 3 }"""))
        .AnswerOf(typeof(RestoreClientEndpoint), 200, Merged(Client, """{ "paymentTermsDays": 60, "version": 4 }"""))
        .AnswerOf(typeof(ArchiveClientEndpoint), 409, Problem(409, "Conflict", "The client is already archived."))
        .RequestOf(typeof(PatchClientEndpoint), """{ "paymentTermsDays": 60 }""")
        .AnswerOf(typeof(PatchClientEndpoint), 415, MergePatchOnly)
        .AnswerOf(typeof(RestoreClientEndpoint), 409, Problem(409, "Conflict", "The client is not archived."))
        .AnswerOf(typeof(UpdateClientEndpoint), 409, Problem(409, "Conflict", "The client is archived; restore it before editing."))
        .AnswerOf(typeof(RegisterClientEndpoint), 409,
            Problem(409, "Conflict", "Tax id B64717838 already belongs to client 01930002-5c1e-7a4b-9d2f-3e8b61a1057a."))
        .Schema<Page<ClientResponse>>(Page(Client))
        .Schema<HistoryEntry>("""
            {
              "version": 3,
              "type": "ClientArchived",
              "timestamp": "2026-11-27T10:39:46.786+00:00",
              "data": {"clientId": "01930002-5c1e-7a4b-9d2f-3e8b61a1057a", "archivedAt": "2026-11-27T10:39:46.771+00:00"},
              "user": "key:01930007-5c1e-7a4b-9d2f-3e8b61a1a1ab",
              "correlationId": "ccafb1c3c2555c359b120fdc425217d1",
              "causationId": null
            }
            """)
        .ProblemUnder("/api/clients/{id}", 404, Problem(404, "Not found", "No client with that id."))
        .Schema<ClientMorosityReport>("""
            {
              "clientId": "01930002-5c1e-7a4b-9d2f-3e8b61a1057a",
              "clientName": "Panadería Muñoz",
              "year": 2026,
              "asOf": "2026-11-27",
              "invoiced": 4210.80,
              "overdue": 137.55,
              "uncollectible": 0,
              "morosityAmount": 137.55,
              "morosityRate": 3.27,
              "overdueInvoices": 1,
              "oldestDaysOverdue": 18,
              "claimable": 43.53,
              "claimableComplete": true,
              "latePayments": [
                {
                  "invoiceId": "01930011-5c1e-7a4b-9d2f-3e8b61a2b0c1", "number": "F-2026-0007", "dueDate": "2026-09-30",
                  "paidDate": "2026-10-21", "daysLate": 21, "totalAfterCorrections": 605.00
                }
              ]
            }
            """);
}
