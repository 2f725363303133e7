using System.IO.Compression;
using Blueindic.Api.Invoices.Pdf;
using Blueindic.Api.Tests.Support;
using Marten;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Blueindic.Api.Tests.Invoices.Pdf;

/// <summary>
/// Kestrel refuses synchronous writes to a response (the test server allows them): the ZIP, whose
/// archive writes synchronously, must reach the response through asynchronous writes only.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class PdfZipStreamingTests(AppFixture app)
{
    [Fact]
    public async Task The_zip_reaches_the_response_through_asynchronous_writes_only()
    {
        var tenant = await app.NewTenant();
        var clientId = await tenant.NewClient();
        for (var i = 0; i < 40; i++) await tenant.IssueSimpleInvoice(clientId, issueDate: "2026-04-01");   // more than one page of 32

        var store = app.Host.Services.GetRequiredService<IDocumentStore>();
        await using var session = store.QuerySession(tenant.TenantId.ToString());
        var body = new AsyncOnlyStream();
        var http = new DefaultHttpContext { Response = { Body = body } };
        await new InvoicePdfZip(session, new DateOnly(2026, 4, 1), new DateOnly(2026, 4, 1)).ExecuteAsync(http);

        body.Writes.ShouldBeGreaterThan(40);   // sent as it is made, entry by entry
        using var zip = new ZipArchive(new MemoryStream(body.Bytes), ZipArchiveMode.Read);
        zip.Entries.Count.ShouldBe(40);
    }

    private sealed class AsyncOnlyStream : Stream
    {
        private readonly MemoryStream _inner = new();
        public int Writes { get; private set; }
        public byte[] Bytes => _inner.ToArray();

        public override void Write(byte[] buffer, int offset, int count) => throw new InvalidOperationException("Synchronous operations are disallowed.");
        public override void Write(ReadOnlySpan<byte> buffer) => throw new InvalidOperationException("Synchronous operations are disallowed.");
        public override void Flush() => throw new InvalidOperationException("Synchronous operations are disallowed.");

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Writes++;
            _inner.Write(buffer.Span);
            return ValueTask.CompletedTask;
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
