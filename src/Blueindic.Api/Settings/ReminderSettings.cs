using Blueindic.Domain.Receivables;
using Blueindic.Domain.Reminders;
using Marten.Events;

namespace Blueindic.Api.Settings;

/// <summary>How the business chases its invoices by email.</summary>
/// <param name="Enabled">Whether reminders are sent at all.</param>
/// <param name="SendAt">The hour they are sent, Spain time, "HH:mm".</param>
/// <param name="Steps">Sorted by day: each step is sent on due date + daysFromDue.</param>
/// <param name="Version">The settings stream's version (0 before any change; the alert window shares it), also the ETag; send it as If-Match.</param>
public sealed record ReminderSettings(bool Enabled, string SendAt, IReadOnlyList<ReminderStep> Steps, long Version)
{
    internal static ReminderSettings Of(TenantSettings? settings)
    {
        var policy = settings?.Reminders ?? ReminderPolicy.Default;
        return new ReminderSettings(policy.Enabled, policy.SendAt.ToString("HH:mm"), policy.Steps, settings?.Version ?? 0);
    }

    /// <summary>The calling business's settings as they stand: the body and its ETag from one fold.</summary>
    internal static async Task<ReminderSettings> LoadAsync(IQuerySession session, CancellationToken ct) =>
        Of(await session.Events.AggregateStreamAsync<TenantSettings>(TenantSettings.StreamIdFor(session.TenantId), token: ct));

    /// <summary>The tenant's reminder policy, or the default when never set. The settings stream is folded live: a few events.</summary>
    public static async Task<ReminderPolicy> PolicyAsync(IQuerySession session, CancellationToken ct)
    {
        var settings = await session.Events.AggregateStreamAsync<TenantSettings>(TenantSettings.StreamIdFor(session.TenantId), token: ct);
        return settings?.Reminders ?? ReminderPolicy.Default;
    }

    /// <summary>
    /// The reminder policies of many businesses in one query, for a scan across tenants: each tenant's last
    /// <see cref="ReminderPolicyChanged"/> (every one holds the whole policy), the default for those without one.
    /// <paramref name="session"/> may belong to any tenant.
    /// </summary>
    public static async Task<IReadOnlyDictionary<string, ReminderPolicy>> PoliciesAsync(IQuerySession session,
        IEnumerable<string> tenantIds, CancellationToken ct)
    {
        var policies = tenantIds.Distinct().ToDictionary(t => t, _ => ReminderPolicy.Default);
        if (policies.Count == 0) return policies;
        var tenantOf = policies.Keys.ToDictionary(TenantSettings.StreamIdFor);
        var (tenants, streams) = (policies.Keys.ToArray(), tenantOf.Keys.ToArray());
        var changes = await session.Events.QueryAllRawEvents()
            .Where(e => e.TenantIsOneOf(tenants) && e.StreamId.IsOneOf(streams) && e.EventTypesAre(typeof(ReminderPolicyChanged)))
            .OrderBy(e => e.Sequence)
            .ToListAsync(ct);
        foreach (var e in changes)
            if (tenantOf.TryGetValue(e.StreamId, out var tenant) && tenant == e.TenantId)
                policies[tenant] = ((ReminderPolicyChanged)e.Data).ToPolicy();
        return policies;
    }
}
