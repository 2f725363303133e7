using System.Text.Json.Nodes;
using Blueindic.Api.Admin;
using Blueindic.Domain.Clients;
using Blueindic.Domain.Invoices;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Blueindic.Api.OpenApi;

/// <summary>Realistic examples for the request bodies, shown in Swagger UI's "Try it out".</summary>
internal sealed class ExamplesFilter : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema concrete) return;
        if (context.Type == typeof(ClientDetailsInput))
            concrete.Examples = [JsonNode.Parse("""
                {
                  "name": "Panadería Muñoz",
                  "legalName": "Panadería Muñoz S.L.",
                  "taxId": "B64717838",
                  "email": "pedidos@panaderiamunoz.es",
                  "phone": "+34 912 345 678",
                  "address": { "line1": "Calle Mayor 12", "city": "Madrid", "postalCode": "28013", "province": "Madrid", "country": "ES" },
                  "paymentTermsDays": 30,
                  "equivalenceSurcharge": true,
                  "notes": "Pays by transfer on the 5th."
                }
                """)!];
        else if (context.Type == typeof(IssueInvoiceInput))
            concrete.Examples = [JsonNode.Parse("""
                {
                  "clientId": "0195a7c4-de40-7000-8000-000000000001",
                  "series": "F",
                  "withholdingRate": 15,
                  "notes": "Pedido de noviembre",
                  "lines": [
                    { "description": "Diseño de etiqueta", "quantity": 1, "unitPrice": 100, "vatRate": 21 },
                    { "description": "Impresión (unidades)", "quantity": 250, "unitPrice": 0.35, "discountPercent": 10, "vatRate": 21 }
                  ]
                }
                """)!];
        else if (context.Type == typeof(RegisterTenantInput))
            concrete.Examples = [JsonNode.Parse("""{ "name": "Estudio Ruiz", "taxId": "12345678Z", "address": { "line1": "Calle de Alcalá 48", "city": "Madrid", "postalCode": "28014", "province": "Madrid" } }""")!];
    }
}
