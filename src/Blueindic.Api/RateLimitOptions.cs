namespace Blueindic.Api;

/// <summary>A token bucket per key: <see cref="Burst"/> at once, then <see cref="PermitsPerSecond"/> a second.</summary>
public sealed class RateLimitOptions
{
    /// <summary>Steady requests a second per key; 0 turns the limit off.</summary>
    public int PermitsPerSecond { get; set; } = 50;

    /// <summary>Requests a key may make at once before the steady rate applies.</summary>
    public int Burst { get; set; } = 200;
}
