using Blueindic.Api.Receivables;

namespace Blueindic.Api.OpenApi.Examples;

/// <summary>What Estudio Ruiz has still to collect: F-2026-0001 due in a week (orange), and how old its debts are.</summary>
internal sealed class ReceivableExamples : IOpenApiExamples
{
    public void AddTo(ExampleBook book) => book
        .Schema<ReceivablesPage>("""
            {
              "data": [
                {
                  "invoiceId": "01930004-5c1e-7a4b-9d2f-3e8b61a143f4", "number": "F-2026-0001",
                  "clientId": "01930002-5c1e-7a4b-9d2f-3e8b61a1057a", "clientName": "Panadería Muñoz",
                  "issueDate": "2026-11-27", "dueDate": "2026-12-27", "totalAfterCorrections": 137.55, "amountDue": 100.00,
                  "daysToDue": 7, "daysOverdue": 0, "level": "orange",
                  "lastReminder": {"kind": "upcoming", "at": "2026-12-17T08:00:00.207+00:00"}
                }
              ],
              "summary": {
                "count": 1, "amountDue": 100.00, "overdueAmount": 0,
                "byLevel": {"green": {"count": 0, "amount": 0}, "orange": {"count": 1, "amount": 100.00}, "red": {"count": 0, "amount": 0}}
              },
              "alertWindowDays": 10,
              "asOf": "2026-12-20",
              "nextCursor": null
            }
            """)
        .Schema<AgingReport>("""
            {
              "asOf": "2026-12-20",
              "total": {"notDue": 100.00, "days1To30": 605.00, "days31To60": 0, "days61To90": 0, "over90": 242.00, "total": 947.00},
              "clientCount": 2,
              "clients": [
                {
                  "clientId": "01930002-5c1e-7a4b-9d2f-3e8b61a1057a", "clientName": "Panadería Muñoz",
                  "buckets": {"notDue": 100.00, "days1To30": 605.00, "days31To60": 0, "days61To90": 0, "over90": 0, "total": 705.00}
                },
                {
                  "clientId": "0193000c-5c1e-7a4b-9d2f-3e8b61a23ddc", "clientName": "Horno Sanz",
                  "buckets": {"notDue": 0, "days1To30": 0, "days31To60": 0, "days61To90": 0, "over90": 242.00, "total": 242.00}
                }
              ]
            }
            """);
}
