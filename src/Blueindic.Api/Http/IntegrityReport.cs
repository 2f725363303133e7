using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Blueindic.Api.Http;

/// <summary>The answer of /health/integrity: the overall status, then each check's with what it found.</summary>
/// <param name="Status">Healthy or Degraded (200), Unhealthy (503).</param>
public sealed record IntegrityReport(string Status, IReadOnlyList<IntegrityCheck> Checks)
{
    public static Task WriteAsync(HttpContext http, HealthReport report) => http.Response.WriteAsJsonAsync(new IntegrityReport(
        report.Status.ToString(),
        report.Entries.Select(e => new IntegrityCheck(e.Key, e.Value.Status.ToString(), e.Value.Description, e.Value.Data)).ToList()));
}

/// <param name="Name">verifactu-chains: every business's VERI*FACTU chain, recomputed in the background.</param>
/// <param name="Data">What the check found: when it last ran (checkedAt), how many chains it read and which are broken.</param>
public sealed record IntegrityCheck(string Name, string Status, string? Description, IReadOnlyDictionary<string, object> Data);
