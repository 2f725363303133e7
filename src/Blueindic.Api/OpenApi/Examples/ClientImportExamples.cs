using Blueindic.Api.Clients.Imports;
using static Blueindic.Api.OpenApi.ExampleJson;

namespace Blueindic.Api.OpenApi.Examples;

/// <summary>A spreadsheet of clients imported: one row taken, one refused; a larger one still running.</summary>
internal sealed class ClientImportExamples : IOpenApiExamples
{
    private const string Import = """
        {
          "id": "0193000a-5c1e-7a4b-9d2f-3e8b61a1ff62",
          "status": "completed",
          "fileName": "clientes.xlsx",
          "format": "xlsx",
          "mode": "upsert",
          "dryRun": false,
          "headerRow": 1,
          "totalRows": 2,
          "processedRows": 2,
          "created": 1,
          "updated": 0,
          "unchanged": 0,
          "failed": 1,
          "ignoredColumns": [{"column": "Comercial", "reason": "Unknown column; ignored."}],
          "errors": [
            {
              "row": 3, "column": "taxId", "value": "123",
              "message": "Not a valid tax id: expected a Spanish NIF/NIE/CIF or an EU VAT number with its country prefix."
            }
          ],
          "errorsOmitted": 0,
          "message": "1 clients were created and 0 updated; 0 unchanged, 1 rows refused.",
          "startedBy": "key:01930007-5c1e-7a4b-9d2f-3e8b61a1a1ab",
          "correlationId": "a6e120a2bde4e40f66136dc2fcac8af8",
          "startedAt": "2026-11-27T10:05:00.120+00:00",
          "finishedAt": "2026-11-27T10:05:00.894+00:00",
          "causationId": "client-import/0193000a-5c1e-7a4b-9d2f-3e8b61a1ff62"
        }
        """;

    public void AddTo(ExampleBook book) => book
        .Schema<ClientImport>(Import)
        .AnswerOf(typeof(ImportClientsEndpoint), 202, Merged(Import, """
            {
              "status": "running", "totalRows": 12500, "processedRows": 0, "created": 0, "failed": 0, "errors": [],
              "message": null, "finishedAt": null
            }
            """))
        .AnswerOf(typeof(ImportClientsEndpoint), 400, Problem(400, "The request is not valid.", "No file in the field named 'file'.",
            """{ "errors": { "file": ["No file in the field named 'file'."] } }"""))
        .AnswerOf(typeof(ImportClientsEndpoint), 429, Problem(429, "Too many imports",
            "This business, or the server, is already running as many imports as it may (Imports:MaxConcurrentPerBusiness, Imports:MaxConcurrent); retry in 5 s."))
        .ProblemUnder("/api/clients/imports/", 404, Problem(404, "Not found", "No import with that id."));
}
