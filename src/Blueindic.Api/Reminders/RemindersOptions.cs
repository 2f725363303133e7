namespace Blueindic.Api.Reminders;

/// <summary>The reminder scan (<c>Blueindic__Reminders__*</c>).</summary>
public sealed class RemindersOptions
{
    /// <summary>Seconds between scans for reminders due; 0: this node never starts the scan's clock.</summary>
    public int ScanSeconds { get; set; } = 60;

    /// <summary>Invoices reminded in one transaction (one <see cref="SendReminders"/> message).</summary>
    public int BatchSize { get; set; } = 100;
}
