namespace Blueindic.Api.Verifactu;

public static class VerifyVerifactuChainEndpoint
{
    /// <summary>Recompute the whole VERI*FACTU chain from the stored events and records.</summary>
    /// <remarks>
    /// Each record's hash must be what its fields give, hold the previous record's hash, and match
    /// the InvoiceIssued event it came from: an edited event or record breaks the chain there.
    /// </remarks>
    [WolverineGet("/api/verifactu/verify"), Tags("VERI*FACTU")]
    [ProducesResponseType<ChainVerification>(StatusCodes.Status200OK)]
    public static Task<ChainVerification> Get(IQuerySession session, CancellationToken ct) => VerifactuChain.VerifyAsync(session, ct);
}
