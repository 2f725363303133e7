using Blueindic.Api.Sql;

namespace Blueindic.Api.Receivables;

/// <param name="OverdueAmount">What is due on red (overdue) invoices.</param>
public sealed record ReceivablesSummary(int Count, decimal AmountDue, decimal OverdueAmount, LevelSummaries ByLevel)
{
    internal static ReceivablesSummary Of(ReceivablesByLevel.Totals t)
    {
        var red = new LevelSummary(t.RedCount, t.RedAmount);
        return new ReceivablesSummary(t.RedCount + t.OrangeCount + t.GreenCount, t.RedAmount + t.OrangeAmount + t.GreenAmount, red.Amount,
            new LevelSummaries(new LevelSummary(t.GreenCount, t.GreenAmount), new LevelSummary(t.OrangeCount, t.OrangeAmount), red));
    }
}
