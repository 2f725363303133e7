namespace Blueindic.Domain.Reminders;

/// <summary>
/// The business replaced its reminder policy; on the settings stream (<see cref="Receivables.TenantSettings"/>).
/// The whole policy, so the last one of a stream is the policy. A stored contract: its shape is pinned by the
/// event approval test.
/// </summary>
public sealed record ReminderPolicyChanged(Guid SettingsId, bool Enabled, TimeOnly SendAt, IReadOnlyList<ReminderPolicyChanged.Step> Steps)
{
    public static ReminderPolicyChanged Of(Guid settingsId, ReminderPolicy p) =>
        new(settingsId, p.Enabled, p.SendAt, p.Steps.Select(s => new Step(s.DaysFromDue, s.Kind)).ToList());

    public ReminderPolicy ToPolicy() => new(Enabled, SendAt, Steps.Select(s => new ReminderStep(s.DaysFromDue, s.Kind)).ToList());

    public sealed record Step(int DaysFromDue, ReminderKind Kind);
}
