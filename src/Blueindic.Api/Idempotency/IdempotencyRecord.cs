namespace Blueindic.Api.Idempotency;

/// <summary>
/// A POST's first successful answer, kept 24 h under its Idempotency-Key (per tenant); then
/// <see cref="IdempotencySweep"/> deletes it. An answer holding a key is never kept whole.
/// </summary>
public sealed class IdempotencyRecord
{
    public string Id { get; set; } = "";
    public string RequestHash { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public bool Completed { get; set; }

    /// <summary>Set in the command's own transaction: the command ran, even if its answer was never kept.</summary>
    public bool CommandCommitted { get; set; }

    /// <summary>Which attempt holds the key: a release retried after an outage frees only its own.</summary>
    public Guid Attempt { get; set; }
    public int Status { get; set; }
    public string? ContentType { get; set; }
    public string? Location { get; set; }
    public string? ETag { get; set; }
    public byte[] Body { get; set; } = [];

    /// <summary>
    /// The answer held a key shown once (<see cref="ShownOnceAttribute"/>): <see cref="Body"/> is
    /// empty, and a replay names the key's id (<see cref="KeyId"/>) instead of repeating the answer.
    /// </summary>
    public bool ShownOnce { get; set; }
    public string? KeyId { get; set; }
}
