namespace Blueindic.Domain.Receivables;

/// <summary>The business changed how many days ahead an invoice turns orange.</summary>
public sealed record AlertWindowChanged(Guid SettingsId, int AlertWindowDays);
