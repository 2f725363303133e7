using System.Text.RegularExpressions;
using Blueindic.Domain.Common;

namespace Blueindic.Domain.Invoices;

/// <summary>The rule for a series an invoice may be issued in: 1–10 upper-case letters or digits, not R.</summary>
public static partial class InvoiceSeries
{
    /// <summary>Adds an error to <paramref name="field"/> when <paramref name="series"/> is not one to issue in.</summary>
    public static void Check(string series, string field, ValidationErrors errors)
    {
        if (!Shape().IsMatch(series)) errors.Add(field, "A series is 1 to 10 upper-case letters or digits.");
        else if (series == InvoiceDecisions.CorrectiveSeries) errors.Add(field, "Series R is reserved for corrective invoices.");
    }

    [GeneratedRegex("^[A-Z0-9]{1,10}$")] private static partial Regex Shape();
}
