using Blueindic.Api.Reports;

namespace Blueindic.Api.OpenApi.Examples;

/// <summary>Estudio Ruiz's year in figures: revenue by client, month by month, the Modelo 347, and who pays late.</summary>
internal sealed class ReportExamples : IOpenApiExamples
{
    public void AddTo(ExampleBook book) => book
        .Schema<ClientRevenueReport>("""
            {
              "year": 2026, "compareYear": 2025, "totalNet": 21480.00,
              "data": [
                {
                  "clientId": "01930002-5c1e-7a4b-9d2f-3e8b61a1057a", "clientName": "Panadería Muñoz", "net": 3480.00, "total": 4210.80,
                  "invoiceCount": 12, "share": 16.2, "previousNet": 2900.00, "changeAmount": 580.00, "changePercent": 20
                }
              ]
            }
            """)
        .Schema<MonthlySalesReport>("""
            {
              "year": 2026, "compareYear": 2025,
              "months": [
                {
                  "month": 11, "net": 1927.34, "total": 2183.55, "invoiceCount": 4, "previousNet": 1650.00, "changeAmount": 277.34,
                  "changePercent": 16.81, "seasonalityIndex": 1.08
                }
              ],
              "totalNet": 21480.00, "previousTotalNet": 19870.00, "changeAmount": 1610.00, "changePercent": 8.1
            }
            """)
        .Schema<Modelo347Report>("""
            {
              "year": 2026, "threshold": 3005.06,
              "data": [
                {
                  "clientId": "01930002-5c1e-7a4b-9d2f-3e8b61a1057a", "clientName": "Panadería Muñoz", "taxId": "B64717838",
                  "total": 4210.80, "quarters": [968.00, 1089.00, 1016.25, 1137.55]
                }
              ]
            }
            """)
        .Schema<MorosityReport>("""
            {
              "year": 2026, "asOf": "2026-12-20", "invoiced": 25990.80, "overdue": 605.00, "uncollectible": 242.00, "morosityAmount": 847.00,
              "morosityRate": 3.26, "dso": 34.5, "clientCount": 1,
              "clients": [
                {
                  "clientId": "01930002-5c1e-7a4b-9d2f-3e8b61a1057a", "clientName": "Panadería Muñoz", "invoiced": 4210.80, "overdue": 605.00,
                  "uncollectible": 0, "morosityAmount": 605.00, "morosityRate": 14.37, "overdueInvoices": 1, "oldestDaysOverdue": 21,
                  "claimable": 43.53, "claimableComplete": true
                }
              ]
            }
            """);
}
