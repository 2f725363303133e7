using System.Security.Cryptography;
using System.Text.Json;
using Blueindic.Api.Auth;
using JasperFx;
using Blueindic.Api.EventStore;
using Blueindic.Api.Sql;

namespace Blueindic.Api.Idempotency;

/// <summary>
/// Honours <c>Idempotency-Key</c> on every POST: a replay of the same request within 24 h gets the
/// first answer and appends nothing; the same key with another body is a 422; a replay while the
/// first is still running is a 409. Only successful answers are kept: a refused command appended
/// nothing, so repeating it is safe and is judged afresh. An answer that holds a key shown once
/// (<see cref="ShownOnceAttribute"/>) is not kept: its replay is a 409 naming the key's id.
/// </summary>
public sealed class IdempotencyMiddleware(RequestDelegate next, IDocumentStore store, TimeProvider clock, IProblemDetailsService problems, PendingKeyRelease release, ILogger<IdempotencyMiddleware> log)
{
    public const string Header = "Idempotency-Key";
    public const string ReplayedHeader = "Idempotent-Replayed";
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);
    // A first request still pending after this long died with its process: a retry may take over.
    private static readonly TimeSpan PendingTimeout = TimeSpan.FromMinutes(2);

    public async Task InvokeAsync(HttpContext http)
    {
        string? key = http.Request.Headers[Header];
        if (!HttpMethods.IsPost(http.Request.Method) || string.IsNullOrEmpty(key))
        {
            await next(http);
            return;
        }
        if (key.Length > 255)
        {
            await Refuse(http, 400, "Invalid Idempotency-Key", "An Idempotency-Key has at most 255 characters.");
            return;
        }

        var requestHash = await HashRequest(http.Request);
        var tenant = http.User.FindFirst(BlueindicClaims.Tenant)?.Value;
        await using var session = tenant is null ? store.LightweightSession() : store.LightweightSession(tenant);
        var now = clock.GetUtcNow();
        // The id names the tenant too, so keys never collide across tenants whatever the table's key is.
        var id = $"{tenant ?? "admin"}:{key}";
        var record = await session.LoadAsync<IdempotencyRecord>(id, http.RequestAborted);

        if (record is not null && now - record.CreatedAt < Lifetime
            && (record.Completed || record.CommandCommitted || now - record.CreatedAt < PendingTimeout))
        {
            if (record.RequestHash != requestHash)
                await Refuse(http, 422, "Idempotency-Key reused", "This Idempotency-Key was used with another request.");
            else if (!record.Completed && record.CommandCommitted)
                await Refuse(http, 409, "Answer lost", "A request with this Idempotency-Key was carried out, but its answer was lost: read the resource instead of retrying.");
            else if (!record.Completed)
                await Refuse(http, 409, "Request in progress", "A request with this Idempotency-Key is still being processed.");
            else if (record.ShownOnce)
                await RefuseShownOnce(http, record);
            else
                await Replay(http, record);
            return;
        }

        var isNew = record is null;
        record ??= new IdempotencyRecord { Id = id };
        // Set before the write is queued, so what is stored is what this attempt holds.
        (record.RequestHash, record.CreatedAt, record.Completed, record.CommandCommitted, record.Body) = (requestHash, now, false, false, []);
        (record.ShownOnce, record.KeyId) = (false, null);
        record.Attempt = Guid.NewGuid();
        if (isNew) session.Insert(record); // a concurrent first use of the key fails here
        else session.Store(record); // versioned: a concurrent takeover fails here
        try { await session.SaveChangesAsync(http.RequestAborted); }
        catch (Exception e) when (e is DocumentAlreadyExistsException or ConcurrencyException) { await Refuse(http, 409, "Request in progress", "A request with this Idempotency-Key is being processed."); return; }
        catch (Exception e) when (ProblemExceptionHandler.IsDatabaseDown(e))
        {
            // The insert may have committed with its answer lost: free this attempt once the database is back.
            release.Enqueue(ReleaseKey(session, record));
            throw;
        }

        http.Items[PendingKey] = record.Id;
        await RunAndKeep(http, session, record);
    }

    private static readonly object PendingKey = new();

    /// <summary>
    /// Called with the command's session (see <see cref="SessionMetadata"/>): marks the pending key
    /// as carried out in the same transaction as the command's events, so a crash before the answer
    /// is kept cannot lead a retry to run the command twice.
    /// </summary>
    public static void MarkCommitted(HttpContext http, IDocumentSession session)
    {
        if (http.Items[PendingKey] is string id) MarkIdempotencyKeyCommitted.Queue(session, id);
    }

    private async Task RunAndKeep(HttpContext http, IDocumentSession session, IdempotencyRecord record)
    {
        var original = http.Response.Body;
        using var buffer = new MemoryStream();
        http.Response.Body = buffer;
        try
        {
            await next(http);
        }
        catch
        {
            // The exception handler upstream answers; nothing is kept, so a retry runs afresh.
            http.Response.Body = original;
            await ReleaseAsync(session, record); // it may have failed after its commit
            throw;
        }
        http.Response.Body = original;

        var response = http.Response;
        if (response.StatusCode is >= 200 and < 300)
        {
            record.Completed = record.CommandCommitted = true;
            record.Status = response.StatusCode;
            record.ContentType = response.ContentType;
            record.Location = response.Headers.Location;
            record.ETag = response.Headers.ETag;
            if (http.GetEndpoint()?.Metadata.GetMetadata<ShownOnceAttribute>() is { } shownOnce)
            {
                // Only the key's hash may rest in the database (and its backups): keep its id, not the answer.
                record.ShownOnce = true;
                record.KeyId = ReadField(buffer.ToArray(), shownOnce.IdField);
            }
            else record.Body = buffer.ToArray();
            session.Store(record);
        }
        else
        {
            await ReleaseAsync(session, record);
        }
        // The answer is decided: keep it even if the caller has gone away meanwhile. Lost with the
        // database, the command still committed (and marked the key so): the caller gets its answer.
        if (record.Completed)
            try { await session.SaveChangesAsync(CancellationToken.None); }
            catch (Exception e) when (ProblemExceptionHandler.IsDatabaseDown(e)) { log.LogWarning(e, "Answer to Idempotency-Key {Id} not kept", record.Id); }
        buffer.Position = 0;
        await buffer.CopyToAsync(original, CancellationToken.None);
    }

    /// <summary>
    /// Frees the key for a retry: this attempt's record, unless its command committed (a refused
    /// command never commits; a failure after a commit keeps the key: "Answer lost").
    /// When the database is down, as soon as it is back.
    /// </summary>
    private async Task ReleaseAsync(IDocumentSession session, IdempotencyRecord record)
    {
        var key = ReleaseKey(session, record);
        try
        {
            if (await release.TryReleaseAsync(key, CancellationToken.None)) return;
        }
        catch (Exception e)
        {
            // Not an outage: the pending timeout frees the key; the request's own answer must not be lost to this.
            log.LogError(e, "Idempotency-Key {Id} not released", record.Id);
            return;
        }
        release.Enqueue(key);
    }

    private static PendingKeyRelease.Key ReleaseKey(IDocumentSession session, IdempotencyRecord record) =>
        new(session.TenantId, record.Id, record.Attempt, record.CreatedAt + PendingTimeout);

    private static async Task Replay(HttpContext http, IdempotencyRecord record)
    {
        http.Response.StatusCode = record.Status;
        http.Response.ContentType = record.ContentType;
        if (record.Location is not null) http.Response.Headers.Location = record.Location;
        if (record.ETag is not null) http.Response.Headers.ETag = record.ETag;
        http.Response.Headers[ReplayedHeader] = "true";
        await http.Response.Body.WriteAsync(record.Body, http.RequestAborted);
    }

    /// <summary>
    /// A key is shown once (as Stripe does with secrets): the replay says the request was carried out
    /// and names the key, so a caller who lost it can revoke it and issue another.
    /// </summary>
    private Task RefuseShownOnce(HttpContext http, IdempotencyRecord record)
    {
        http.Response.Headers[ReplayedHeader] = "true";
        var problem = Problems.Of(409, "Key shown once",
            $"This request was carried out and its answer held a key, which is shown only once and never kept. Its id is {record.KeyId}: " +
            "if the key was lost, revoke it and issue another.");
        problem.Extensions["keyId"] = record.KeyId;
        problem.Extensions["location"] = record.Location;
        return Write(http, problem);
    }

    private static string? ReadField(byte[] json, string field)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty(field, out var value)
                ? value.ToString() : null;
        }
        catch (JsonException) { return null; }
    }

    private static async Task<string> HashRequest(HttpRequest request)
    {
        request.EnableBuffering();
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(System.Text.Encoding.UTF8.GetBytes($"{request.Method} {request.Path}{request.QueryString}\n"));
        // A retried upload gets a new multipart boundary (curl makes one per run): the request is the
        // same when its fields and files are. A form that cannot be read is hashed as bytes; the
        // endpoint refuses it.
        if (request.HasFormContentType && await ReadFormOrNull(request) is { } form)
        {
            foreach (var (name, value) in form.OrderBy(f => f.Key, StringComparer.Ordinal))
                sha.AppendData(System.Text.Encoding.UTF8.GetBytes($"{name}={value}\n"));
            foreach (var file in form.Files)
            {
                sha.AppendData(System.Text.Encoding.UTF8.GetBytes($"{file.Name}:{file.FileName}:{file.Length}\n"));
                await using var content = file.OpenReadStream();
                await AppendAsync(sha, content, request.HttpContext.RequestAborted);
            }
        }
        else
        {
            await AppendAsync(sha, request.Body, request.HttpContext.RequestAborted);
        }
        request.Body.Position = 0;
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    private static async Task<IFormCollection?> ReadFormOrNull(HttpRequest request)
    {
        try
        {
            return await request.ReadFormAsync(request.HttpContext.RequestAborted);
        }
        catch (Exception e) when (e is InvalidDataException or IOException && e is not BadHttpRequestException { StatusCode: 413 })
        {
            request.Body.Position = 0;
            return null;
        }
    }

    private static async Task AppendAsync(IncrementalHash sha, Stream stream, CancellationToken ct)
    {
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await stream.ReadAsync(chunk, ct)) > 0) sha.AppendData(chunk, 0, read);
    }

    private Task Refuse(HttpContext http, int status, string title, string detail) => Write(http, Problems.Of(status, title, detail));

    private Task Write(HttpContext http, ProblemDetails problem)
    {
        http.Response.StatusCode = problem.Status!.Value;
        return problems.WriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem }).AsTask();
    }
}
