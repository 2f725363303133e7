using Blueindic.Api.Common;
using Blueindic.Api.Verifactu;
using static Blueindic.Api.OpenApi.ExampleJson;

namespace Blueindic.Api.OpenApi.Examples;

/// <summary>F-2026-0001's VERI*FACTU record, first of Estudio Ruiz's chain, accepted by the AEAT.</summary>
internal sealed class VerifactuExamples : IOpenApiExamples
{
    private const string Record = """
        {
          "invoiceId": "01930004-5c1e-7a4b-9d2f-3e8b61a143f4", "number": "F-2026-0001", "recordType": "alta", "position": 1,
          "hash": "6DC934ECCF5B7A2C6322F33874DDB5E41B097BF9D9E7C9710EDA7C0E08404C32", "previousHash": "",
          "generatedAt": "2026-11-27T11:02:40+01:00", "issuerTaxId": "12345678Z", "issueDate": "2026-11-27", "invoiceType": "F1",
          "cuotaTotal": "29.31", "importeTotal": "156.65", "status": "accepted",
          "submission": {
            "batchId": "0193000d-5c1e-7a4b-9d2f-3e8b61a25d19", "answeredAt": "2026-11-27T10:03:05.640+00:00", "aeatStatus": "Correcto",
            "errorCode": null, "errorDescription": null, "csv": "A-YDSW8NLFLANWPM", "heldStatus": null
          }
        }
        """;

    public void AddTo(ExampleBook book) => book
        .Schema<VerifactuRecordResponse>(Record)
        .Schema<Page<VerifactuRecordResponse>>(Page(Record, "MQ"))
        .Schema<ChainVerification>("""{ "valid": true, "records": 110, "firstBrokenAt": null, "firstBrokenNumber": null }""")
        .ProblemUnder("/api/verifactu/records/", 404, Problem(404, "Not found", "No VERI*FACTU record with that id."));
}
