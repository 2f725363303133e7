using System.Globalization;
using Blueindic.Domain.Common;

namespace Blueindic.Domain.Reminders;

/// <summary>A reminder policy as the user sends it, replacing the current one whole: every member is required.</summary>
/// <param name="Enabled">Whether reminders are sent at all.</param>
/// <param name="SendAt">The hour they are sent, Spain time, as "HH:mm" (24 h).</param>
/// <param name="Steps">Up to 10, on distinct days; kept in the order of their days whatever the order given. Empty: none.</param>
public sealed record ReminderPolicyInput(bool? Enabled, string? SendAt, IReadOnlyList<ReminderStepInput?>? Steps)
{
    private static readonly Dictionary<string, ReminderKind> Kinds = new()
    {
        ["upcoming"] = ReminderKind.Upcoming, ["overdue"] = ReminderKind.Overdue, ["formalClaim"] = ReminderKind.FormalClaim,
    };

    /// <summary>The policy as a PUT would send it, every member given: what a merge patch applies to.</summary>
    public static ReminderPolicyInput Of(ReminderPolicy policy) =>
        new(policy.Enabled, policy.SendAt.ToString("HH:mm", CultureInfo.InvariantCulture),
            policy.Steps.Select(s => new ReminderStepInput(s.DaysFromDue, Kinds.Single(k => k.Value == s.Kind).Key)).ToList());

    /// <summary>The policy, validated and sorted; refuses the input with every field error found.</summary>
    public static ReminderPolicy Validated(ReminderPolicyInput? input)
    {
        if (input is null) throw new DomainValidationException("body", "A JSON object is required.");
        var errors = new ValidationErrors();
        if (input.Enabled is null) errors.Add("enabled", "Required: true or false.");
        var sendAt = ReadSendAt(input.SendAt, errors);
        var steps = ReadSteps(input.Steps, errors);
        errors.ThrowIfAny();
        return new ReminderPolicy(input.Enabled!.Value, sendAt, steps.OrderBy(s => s.DaysFromDue).ToList());
    }

    private static TimeOnly ReadSendAt(string? text, ValidationErrors errors)
    {
        if (text is not null && TimeOnly.TryParseExact(text, ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var at))
            return at;
        errors.Add("sendAt", "An hour as HH:mm, from 00:00 to 23:59.");
        return default;
    }

    private static List<ReminderStep> ReadSteps(IReadOnlyList<ReminderStepInput?>? inputs, ValidationErrors errors)
    {
        if (inputs is null)
        {
            errors.Add("steps", "The steps are required (an empty list sends none).");
            return [];
        }
        if (inputs.Count > ReminderPolicy.MaxSteps) errors.Add("steps", $"At most {ReminderPolicy.MaxSteps} steps.");

        var steps = new List<ReminderStep>();
        var seen = new HashSet<int>();
        for (var i = 0; i < inputs.Count; i++)
        {
            var field = $"steps[{i}]";
            if (inputs[i] is not { } input)
            {
                errors.Add(field, "A step is an object with daysFromDue and kind.");
                continue;
            }
            var days = ReadDays(input.DaysFromDue, field, seen, errors);
            var kind = ReadKind(input.Kind, field, errors);
            if (days is { } d && kind is { } k)
            {
                if (ReminderPolicy.Fits(k, d)) steps.Add(new ReminderStep(d, k));
                else errors.Add($"{field}.kind", k == ReminderKind.Upcoming
                    ? "An upcoming reminder goes on or before the due date (daysFromDue 0 or less)."
                    : "An overdue reminder or a formal claim goes after the due date (daysFromDue 1 or more).");
            }
        }
        return steps;
    }

    private static int? ReadDays(int? days, string field, HashSet<int> seen, ValidationErrors errors)
    {
        if (days is not { } d)
        {
            errors.Add($"{field}.daysFromDue", "Required.");
            return null;
        }
        if (d is < ReminderPolicy.MinDaysFromDue or > ReminderPolicy.MaxDaysFromDue)
        {
            errors.Add($"{field}.daysFromDue", $"Days from the due date are {ReminderPolicy.MinDaysFromDue} to {ReminderPolicy.MaxDaysFromDue}.");
            return null;
        }
        // A repeated day is still a day: its kind is checked against it too.
        if (!seen.Add(d)) errors.Add($"{field}.daysFromDue", "Another step already falls on this day.");
        return d;
    }

    private static ReminderKind? ReadKind(string? kind, string field, ValidationErrors errors)
    {
        if (kind is not null && Kinds.TryGetValue(kind, out var known)) return known;
        errors.Add($"{field}.kind", "upcoming, overdue or formalClaim.");
        return null;
    }
}

/// <param name="DaysFromDue">Days after the due date (negative: before), −60 to 365.</param>
/// <param name="Kind">upcoming (on or before the due date), overdue or formalClaim (after it).</param>
public sealed record ReminderStepInput(int? DaysFromDue, string? Kind);
