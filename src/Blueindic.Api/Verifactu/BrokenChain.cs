namespace Blueindic.Api.Verifactu;

/// <summary>A business whose VERI*FACTU chain does not hold, or could not be verified (<see cref="Error"/>).</summary>
public sealed record BrokenChain(string TenantId, long? FirstBrokenAt, string? FirstBrokenNumber, string? Error = null);
