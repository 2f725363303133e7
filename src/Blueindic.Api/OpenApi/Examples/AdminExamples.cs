using Blueindic.Api.Admin;
using Blueindic.Api.Me;
using Blueindic.Api.Projections;
using static Blueindic.Api.OpenApi.ExampleJson;

namespace Blueindic.Api.OpenApi.Examples;

/// <summary>Estudio Ruiz, the README's business: registered by the admin key, its keys, and who a key is.</summary>
internal sealed class AdminExamples : IOpenApiExamples
{
    private const string Address = """{"line1": "Calle de Alcalá 48", "city": "Madrid", "postalCode": "28014", "province": "Madrid", "country": "ES"}""";

    public void AddTo(ExampleBook book) => book
        .Schema<RegisterTenantInput>("""
            { "name": "Estudio Ruiz", "taxId": "12345678Z", "address": {"line1": "Calle de Alcalá 48", "city": "Madrid", "postalCode": "28014", "province": "Madrid"} }
            """)
        .Invalid<RegisterTenantInput>(Problem(400, "The request is not valid.", "The DNI control letter should be 'Z'.",
            """{ "errors": { "taxId": ["The DNI control letter should be 'Z'."] } }"""))
        .Schema<TenantRegisteredResponse>($$"""
            {
              "tenantId": "01930009-5c1e-7a4b-9d2f-3e8b61a1e025", "name": "Estudio Ruiz", "taxId": "12345678Z", "address": {{Address}},
              "keyId": "01930007-5c1e-7a4b-9d2f-3e8b61a1a1ab",
              "apiKey": "bik_01930007a1ab7a4b9d2f3e8b61a1a1ab_c61a30610a4460399fa7ea8e350fee16f2015abc216908c8bb59a5b76ed1c332"
            }
            """)
        .Schema<TenantResponse>($$"""
            {
              "tenantId": "01930009-5c1e-7a4b-9d2f-3e8b61a1e025", "name": "Estudio Ruiz", "taxId": "12345678Z", "address": {{Address}},
              "activeKeyIds": ["01930007-5c1e-7a4b-9d2f-3e8b61a1a1ab", "0193000b-5c1e-7a4b-9d2f-3e8b61a21e9f"]
            }
            """)
        .Schema<ApiKeyIssuedResponse>("""
            {
              "keyId": "0193000b-5c1e-7a4b-9d2f-3e8b61a21e9f",
              "apiKey": "bik_0193000b1e9f7a4b9d2f3e8b61a21e9f_95c4403e262eb77777de984fcf23fcc6d0a334f07c9df6632a6ea21763968f71"
            }
            """)
        .AnswerOf(typeof(IssueApiKeyEndpoint), 409, ShownOnce("0193000b-5c1e-7a4b-9d2f-3e8b61a21e9f", "/api/admin/tenants/01930009-5c1e-7a4b-9d2f-3e8b61a1e025"))
        .AnswerOf(typeof(RegisterTenantEndpoint), 409, ShownOnce("01930007-5c1e-7a4b-9d2f-3e8b61a1a1ab", "/api/admin/tenants/01930009-5c1e-7a4b-9d2f-3e8b61a1e025"))
        .ProblemUnder("/api/admin/tenants/{tenantId}", 404, Problem(404, "Not found", "No tenant with that id."))
        .AnswerOf(typeof(RevokeApiKeyEndpoint), 404, Problem(404, "Not found", "The tenant has no such key."))
        .Schema<MeResponse>("""
            {
              "tenantId": "01930009-5c1e-7a4b-9d2f-3e8b61a1e025", "name": "Estudio Ruiz", "taxId": "12345678Z",
              "keyId": "01930007-5c1e-7a4b-9d2f-3e8b61a1a1ab", "today": "2026-11-27", "alertWindowDays": 7
            }
            """)
        .Schema<ProjectionStatus>("""{"name": "MonthlySales", "lifecycle": "async", "sequence": 18342, "highWaterMark": 18350, "lag": 8}""");

    /// <summary>The Idempotency-Key replay of an answer that held a key (Idempotency/IdempotencyMiddleware).</summary>
    private static string ShownOnce(string keyId, string location) => Problem(409, "Key shown once",
        $"This request was carried out and its answer held a key, which is shown only once and never kept. Its id is {keyId}: " +
        "if the key was lost, revoke it and issue another.", $$"""{ "keyId": "{{keyId}}", "location": "{{location}}" }""");
}
