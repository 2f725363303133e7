using Blueindic.Api.Audit;
using Blueindic.Api.Common;
using static Blueindic.Api.OpenApi.ExampleJson;

namespace Blueindic.Api.OpenApi.Examples;

/// <summary>One fact of the business's audit trail: Panadería Muñoz registered, by which key and request.</summary>
internal sealed class AuditExamples : IOpenApiExamples
{
    public void AddTo(ExampleBook book) => book
        .Schema<Page<AuditEntry>>(Page("""
            {
              "id": "01930005-5c1e-7a4b-9d2f-3e8b61a16331",
              "streamId": "01930002-5c1e-7a4b-9d2f-3e8b61a1057a",
              "version": 1,
              "type": "ClientRegistered",
              "timestamp": "2026-11-27T10:02:11.482+00:00",
              "user": "key:01930007-5c1e-7a4b-9d2f-3e8b61a1a1ab",
              "correlationId": "5932c07d27af4cae7a7306d6dad4c0ab",
              "causationId": null,
              "data": {
                "clientId": "01930002-5c1e-7a4b-9d2f-3e8b61a1057a",
                "details": {"name": "Panadería Muñoz", "taxId": "B64717838", "email": "pedidos@panaderiamunoz.es", "paymentTermsDays": 30},
                "registeredAt": "2026-11-27T10:02:11.482+00:00"
              }
            }
            """, "MDE5MzAwMDItNWMxZS03YTRiOjE"));
}
