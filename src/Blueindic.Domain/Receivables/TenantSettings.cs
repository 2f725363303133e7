using Blueindic.Domain.Common;

namespace Blueindic.Domain.Receivables;

/// <summary>A tenant's preferences, one stream per tenant.</summary>
public sealed record TenantSettings(Guid Id, int AlertWindowDays)
{
    public static TenantSettings Default(Guid id) => new(id, AlertLevels.DefaultWindowDays);

    public static TenantSettings Create(AlertWindowChanged e) => new(e.SettingsId, e.AlertWindowDays);
    public TenantSettings Apply(AlertWindowChanged e) => this with { AlertWindowDays = e.AlertWindowDays };

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
}
