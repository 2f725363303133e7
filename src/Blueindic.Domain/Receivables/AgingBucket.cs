namespace Blueindic.Domain.Receivables;

public enum AgingBucket { NotDue, Days1To30, Days31To60, Days61To90, Over90 }
