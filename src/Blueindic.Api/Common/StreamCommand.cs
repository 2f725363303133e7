using Marten;
using Blueindic.Api.Http;

namespace Blueindic.Api.Common;

/// <summary>The shared shape of a command on an existing stream (a client, an invoice).</summary>
internal static class StreamCommand
{
    /// <summary>
    /// Loads the aggregate for writing (404 when this tenant has none), honours If-Match, then
    /// appends the event <paramref name="decide"/> returns — or answers the problem it returns, or
    /// appends nothing for null — and answers with <paramref name="answer"/>.
    /// </summary>
    public static async Task<IResult> Run<T>(Guid id, string what, IDocumentSession session, HttpRequest request,
        Func<T, Task<object?>> decide, Func<Task<IResult>> answer, CancellationToken ct) where T : class
    {
        var stream = await session.Events.FetchForWriting<T>(id, ct);
        if (stream.Aggregate is not { } aggregate) return Problems.NotFound(what);
        if (request.CheckIfMatch(stream.CurrentVersion ?? 0) is { } refused) return refused;

        switch (await decide(aggregate))
        {
            case IResult problem:
                return problem;
            case { } fact:
                stream.AppendOne(fact);
                await session.SaveChangesAsync(ct);
                break;
        }
        return await answer();
    }
}
