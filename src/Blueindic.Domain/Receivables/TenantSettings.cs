using Blueindic.Domain.Common;
using Blueindic.Domain.Reminders;

namespace Blueindic.Domain.Receivables;

/// <summary>A tenant's preferences, one stream per tenant: the alert window and the reminder policy.</summary>
public sealed record TenantSettings(Guid Id, int AlertWindowDays)
{
    /// <summary>The reminder policy: <see cref="ReminderPolicy.Default"/> until the business changes it.</summary>
    public ReminderPolicy Reminders { get; init; } = ReminderPolicy.Default;

    /// <summary>The stream's version, set by Marten as it folds the stream: read with the state, so the two always agree.</summary>
    public long Version { get; set; }

    public static TenantSettings Default(Guid id) => new(id, AlertLevels.DefaultWindowDays);

    public static TenantSettings Create(AlertWindowChanged e) => new(e.SettingsId, e.AlertWindowDays);
    public static TenantSettings Create(ReminderPolicyChanged e) => Default(e.SettingsId) with { Reminders = e.ToPolicy() };
    public TenantSettings Apply(AlertWindowChanged e) => this with { AlertWindowDays = e.AlertWindowDays };
    public TenantSettings Apply(ReminderPolicyChanged e) => this with { Reminders = e.ToPolicy() };

    /// <summary>The settings stream id of a tenant: derived, so each tenant has exactly one.</summary>
    public static Guid StreamIdFor(string tenantId) =>
        new(System.Security.Cryptography.MD5.HashData(System.Text.Encoding.UTF8.GetBytes($"tenant-settings:{tenantId}")));

    /// <returns>The change, or null when the window is already that.</returns>
    public static AlertWindowChanged? ChangeAlertWindow(Guid settingsId, TenantSettings? current, int days)
    {
        if (days is < AlertLevels.MinWindowDays or > AlertLevels.MaxWindowDays)
            throw new DomainValidationException("alertWindowDays", $"The alert window is {AlertLevels.MinWindowDays} to {AlertLevels.MaxWindowDays} days.");
        return (current?.AlertWindowDays ?? AlertLevels.DefaultWindowDays) == days ? null : new AlertWindowChanged(settingsId, days);
    }

    /// <param name="next">Already validated (<see cref="ReminderPolicyInput.Validated"/>).</param>
    /// <returns>The change, or null when the policy is already that.</returns>
    public static ReminderPolicyChanged? ChangeReminderPolicy(Guid settingsId, TenantSettings? current, ReminderPolicy next) =>
        (current?.Reminders ?? ReminderPolicy.Default) == next ? null : ReminderPolicyChanged.Of(settingsId, next);
}
