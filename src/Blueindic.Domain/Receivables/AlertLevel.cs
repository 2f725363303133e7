namespace Blueindic.Domain.Receivables;

public enum AlertLevel { Green, Orange, Red }
