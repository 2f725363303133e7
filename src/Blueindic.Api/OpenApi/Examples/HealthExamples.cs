using Blueindic.Api.Http;

namespace Blueindic.Api.OpenApi.Examples;

/// <summary>/health/integrity: every chain held at the last check; or one business's is broken (503).</summary>
internal sealed class HealthExamples : IOpenApiExamples
{
    public void AddTo(ExampleBook book) => book
        .Schema<IntegrityReport>("""
            {
              "status": "Healthy",
              "checks": [
                {
                  "name": "verifactu-chains", "status": "Healthy", "description": "42 chains hold.",
                  "data": {"checkedAt": "2026-11-27T10:00:03.512+00:00", "chains": 42, "broken": []}
                }
              ]
            }
            """)
        .AnswerOf(HealthEndpoints.Integrity, 503, """
            {
              "status": "Unhealthy",
              "checks": [
                {
                  "name": "verifactu-chains", "status": "Unhealthy", "description": "1 of 42 chains are broken or unreadable.",
                  "data": {
                    "checkedAt": "2026-11-27T10:00:03.512+00:00", "chains": 42,
                    "broken": [{"tenantId": "01930009-5c1e-7a4b-9d2f-3e8b61a1e025", "firstBrokenAt": 7, "firstBrokenNumber": "F-2026-0007", "error": null}]
                  }
                }
              ]
            }
            """);
}
