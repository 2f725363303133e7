using System.Buffers;
using System.Diagnostics;
using System.IO.Pipelines;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Blueindic.Api.Http;

/// <summary>
/// Kestrel refuses a request target holding bytes outside ASCII (curl sends <c>?search=MUÑOZ</c> raw)
/// or a NUL, before any application code runs, with a bare 400 that no middleware can change. Kestrel
/// reports such a refusal (its "BadRequest" diagnostic event) just before it writes that answer; this
/// holds back what Kestrel then writes on that HTTP/1.1 connection and, if it is the bare 400, sends a
/// problem in its place. Anything else goes out byte for byte. Raw UTF-8 is refused, not accepted:
/// Kestrel has no setting for it, and re-encoding it before Kestrel would mean a second HTTP parser
/// in front of Kestrel's, where request smuggling lives (docs/reliability.md).
/// </summary>
public static class RejectedTargets
{
    private const string BadRequestEvent = "Microsoft.AspNetCore.Server.Kestrel.BadRequest";

    private static readonly byte[] Answer = Build();

    public static void ConfigureServer(KestrelServerOptions kestrel) =>
        kestrel.ConfigureEndpointDefaults(listen => listen.Use(next => async connection =>
        {
            var refusal = new Refusal();
            connection.Features.Set(refusal);
            var transport = connection.Transport;
            connection.Transport = new Duplex(transport.Input, new AnswerWriter(transport.Output, refusal));
            try { await next(connection); }
            finally { connection.Transport = transport; }
        }));

    /// <summary>Listens for Kestrel's refusals (the host's own diagnostic listener, which Kestrel reports to).</summary>
    public static void Observe(IServiceProvider services) =>
        services.GetRequiredService<DiagnosticListener>().Subscribe(new Observer(), name => name == BadRequestEvent);

    private static byte[] Build()
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(new ProblemDetails
        {
            Type = "https://tools.ietf.org/html/rfc9110#section-15.5.1", Title = BadUrls.Title, Status = 400, Detail = BadUrls.NotAsciiDetail,
        }, new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });   // "MUÑOZ → …" as written, like every answer
        // The headers SecurityHeaders gives every answer (no middleware runs for this one).
        var head = "HTTP/1.1 400 Bad Request\r\nContent-Type: application/problem+json\r\nCache-Control: no-store\r\n" +
                   "X-Content-Type-Options: nosniff\r\nX-Frame-Options: DENY\r\nReferrer-Policy: no-referrer\r\n" +
                   "Cross-Origin-Resource-Policy: same-origin\r\nContent-Security-Policy: default-src 'none'; frame-ancestors 'none'\r\n" +
                   $"Content-Length: {body.Length}\r\nConnection: close\r\n\r\n";
        return [.. Encoding.ASCII.GetBytes(head), .. body];
    }

    /// <summary>Set on a connection when Kestrel refused a request's target on it.</summary>
    private sealed class Refusal
    {
        public volatile bool Signalled;
    }

    private sealed class Observer : IObserver<KeyValuePair<string, object?>>
    {
        public void OnNext(KeyValuePair<string, object?> e)
        {
            // The request's features fall back to its connection's, where the Refusal is.
            if (e.Value is IFeatureCollection features && features[typeof(Refusal)] is Refusal refusal
                && features.Get<IBadRequestExceptionFeature>()?.Error?.Message.StartsWith("Invalid request target", StringComparison.Ordinal) == true)
                refusal.Signalled = true;
        }

        public void OnError(Exception error) { }
        public void OnCompleted() { }
    }

    private sealed class Duplex(PipeReader input, PipeWriter output) : IDuplexPipe
    {
        public PipeReader Input => input;
        public PipeWriter Output => output;
    }

    /// <summary>The connection's output, held back from the refusal on until it is flushed.</summary>
    private sealed class AnswerWriter(PipeWriter inner, Refusal refusal) : PipeWriter
    {
        private ArrayBufferWriter<byte>? _held;
        private bool _answered;

        private ArrayBufferWriter<byte>? Held => refusal.Signalled && !_answered ? _held ??= new ArrayBufferWriter<byte>() : null;

        public override void Advance(int bytes)
        {
            if (Held is { } held) held.Advance(bytes);
            else inner.Advance(bytes);
        }

        public override Memory<byte> GetMemory(int sizeHint = 0) => Held is { } held ? held.GetMemory(sizeHint) : inner.GetMemory(sizeHint);
        public override Span<byte> GetSpan(int sizeHint = 0) => Held is { } held ? held.GetSpan(sizeHint) : inner.GetSpan(sizeHint);
        public override bool CanGetUnflushedBytes => inner.CanGetUnflushedBytes;
        public override long UnflushedBytes => inner.UnflushedBytes + (_held?.WrittenCount ?? 0);
        public override void CancelPendingFlush() => inner.CancelPendingFlush();

        public override ValueTask<FlushResult> FlushAsync(CancellationToken ct = default)
        {
            Release();
            return inner.FlushAsync(ct);
        }

        public override void Complete(Exception? exception = null)
        {
            Release();
            inner.Complete(exception);
        }

        public override ValueTask CompleteAsync(Exception? exception = null)
        {
            Release();
            return inner.CompleteAsync(exception);
        }

        private void Release()
        {
            if (_held is not { WrittenCount: > 0 } held || _answered) return;
            _answered = true;
            inner.Write(IsBare400(held.WrittenSpan) ? Answer : held.WrittenSpan);
        }

        /// <summary>Kestrel's refusal, whole: a 400 head with no body. Never another protocol's frames.</summary>
        private static bool IsBare400(ReadOnlySpan<byte> bytes) =>
            bytes.StartsWith("HTTP/1.1 400 "u8) && bytes.EndsWith("\r\n\r\n"u8) && bytes.IndexOf("\r\nContent-Length: 0\r\n"u8) > 0;
    }
}
