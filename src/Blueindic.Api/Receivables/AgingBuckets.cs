using Blueindic.Domain.Receivables;

namespace Blueindic.Api.Receivables;

/// <summary>Amounts still due per aging bucket (days past due).</summary>
public sealed record AgingBuckets(decimal NotDue, decimal Days1To30, decimal Days31To60, decimal Days61To90, decimal Over90, decimal Total)
{
    public static AgingBuckets Of(IEnumerable<OpenAmount> amounts, DateOnly asOf)
    {
        var sums = amounts.GroupBy(a => AlertLevels.Age(a.DueDate, asOf)).ToDictionary(g => g.Key, g => g.Sum(a => a.AmountDue));
        decimal Sum(AgingBucket b) => sums.GetValueOrDefault(b);
        return new AgingBuckets(NotDue: Sum(AgingBucket.NotDue), Days1To30: Sum(AgingBucket.Days1To30), Days31To60: Sum(AgingBucket.Days31To60),
            Days61To90: Sum(AgingBucket.Days61To90), Over90: Sum(AgingBucket.Over90), Total: sums.Values.Sum());
    }
}
