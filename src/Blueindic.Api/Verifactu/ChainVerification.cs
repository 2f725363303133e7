namespace Blueindic.Api.Verifactu;

/// <param name="FirstBrokenAt">Chain position of the first record whose hash, link or content does not hold.</param>
public sealed record ChainVerification(bool Valid, int Records, long? FirstBrokenAt, string? FirstBrokenNumber);
