using System.Globalization;
using Blueindic.Domain.Common;
using Blueindic.Projections.Common;
using JasperFx.Events;

namespace Blueindic.Api.Http;

/// <summary>
/// What every command on an existing stream does before and after its decision. Wolverine's aggregate
/// workflow would load the stream too, but it cannot answer a stale If-Match with 412 before deciding,
/// nor answer with the inline view after the commit (docs/architecture.md).
/// </summary>
public static class CommandSession
{
    /// <summary>
    /// Loads the stream <paramref name="id"/> for writing: unknown to this business → 404; an If-Match
    /// naming another version → 412. The commit fails with 409 if someone writes it meanwhile.
    /// </summary>
    public static async Task<IEventStream<T>> FetchForCommandAsync<T>(this IDocumentSession session, Guid id, string what,
        HttpRequest request, CancellationToken ct) where T : class
    {
        var stream = await session.FetchForCommandAsync<T>(id, what, ct);
        stream.CheckIfMatch(request);
        return stream;
    }

    /// <summary>An If-Match naming another version than the stream's (0 for one not started yet) → 412.</summary>
    public static void CheckIfMatch<T>(this IEventStream<T> stream, HttpRequest request) where T : class
    {
        if (ExpectedVersion(request) is { } expected && expected != (stream.CurrentVersion ?? 0))
            throw new PreconditionFailedException(stream.CurrentVersion ?? 0);
    }

    /// <summary>
    /// Loads the stream <paramref name="id"/> for writing, for a resource that shows no version (no ETag,
    /// so no If-Match): unknown to this business → 404.
    /// </summary>
    public static async Task<IEventStream<T>> FetchForCommandAsync<T>(this IDocumentSession session, Guid id, string what,
        CancellationToken ct) where T : class
    {
        var stream = await session.Events.FetchForWriting<T>(id, ct);
        if (stream.Aggregate is null) throw DomainNotFoundException.Of(what);
        return stream;
    }

    /// <summary>The command's one commit, then the view it projected inline, with its ETag.</summary>
    public static async Task<TView> CommitAndReadBackAsync<TView>(this IDocumentSession session, Guid id, HttpResponse response,
        CancellationToken ct) where TView : class, IStreamView
    {
        await session.SaveChangesAsync(ct);
        var view = await session.LoadAsync<TView>(id, ct)
                   ?? throw new InvalidOperationException($"{typeof(TView).Name} {id} missing right after its command.");
        response.SetETag(view.Version);
        return view;
    }

    /// <summary>The version <c>If-Match: "7"</c> asks for; null without the header or with <c>*</c>.</summary>
    private static long? ExpectedVersion(HttpRequest request)
    {
        string? header = request.Headers.IfMatch;
        if (string.IsNullOrWhiteSpace(header) || header.Trim() == "*") return null;
        var tag = header.Trim();
        if (tag.StartsWith("W/", StringComparison.Ordinal)) tag = tag[2..];
        if (tag.Length < 3 || tag[0] != '"' || tag[^1] != '"'
            || !long.TryParse(tag[1..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var expected))
            throw new DomainValidationException("If-Match", "Expected a quoted version such as \"3\".");
        return expected;
    }
}
