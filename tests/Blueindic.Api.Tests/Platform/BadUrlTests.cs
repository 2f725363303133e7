using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Blueindic.Api.Tests.Support;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Wolverine;

namespace Blueindic.Api.Tests.Platform;

/// <summary>
/// A URL with raw non-ASCII bytes (refused by Kestrel itself) or broken percent-encoding gets a 400
/// problem saying what is wrong and how to fix it. Over a real socket: the test server has no Kestrel,
/// and HttpClient would repair the URLs before sending them.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class BadUrlTests(AppFixture app) : IAsyncLifetime
{
    private WebApplicationFactory<Program> _factory = null!;
    private int _port;
    private string _key = null!;

    public async Task InitializeAsync()
    {
        _key = (await app.NewTenant()).ApiKey;
        // Settings as environment variables: the shared host runs the one daemon and chain check.
        var settings = new Dictionary<string, string> { ["Blueindic__RunAsyncDaemon"] = "false", ["Blueindic__ChainCheckMinutes"] = "0" };
        var before = settings.Keys.ToDictionary(k => k, Environment.GetEnvironmentVariable);
        foreach (var (name, value) in settings) Environment.SetEnvironmentVariable(name, value);
        try
        {
            _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b => b.ConfigureServices(s =>
            {
                s.RunWolverineInSoloMode();
                s.DisableAllExternalWolverineTransports();
            }));
            _factory.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
            _factory.StartServer();
        }
        finally
        {
            foreach (var (name, value) in before) Environment.SetEnvironmentVariable(name, value);
        }
        var address = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        _port = new Uri(address).Port;
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    public static readonly TheoryData<string, string> NotAscii = new()
    {
        { "/api/clients?search=MUÑOZ", "UTF-8 in the query" },
        { "/api/clients/MUÑOZ", "UTF-8 in the path" },
        { "/api/clients?search=\xff", "a byte that is not UTF-8" },
        { "/api/clients/a%00b", "an encoded NUL in the path" },
    };

    [Theory]
    [MemberData(nameof(NotAscii))]
    public async Task A_target_Kestrel_refuses_is_a_400_problem_telling_to_percent_encode(string target, string what)
    {
        var (status, headers, body) = await SendAsync(target);
        status.ShouldBe(400, what);
        headers.ShouldContain("Content-Type: application/problem+json");
        headers.ShouldContain("Connection: close");
        // The headers every other answer carries, though no middleware ran for this one.
        headers.ShouldContain("X-Frame-Options: DENY");
        headers.ShouldContain("Content-Security-Policy: default-src 'none'; frame-ancestors 'none'");
        var problem = JsonDocument.Parse(body).RootElement;
        problem.GetProperty("status").GetInt32().ShouldBe(400);
        problem.GetProperty("detail").GetString()!.ShouldContain("MUÑOZ → MU%C3%91OZ");
    }

    [Theory]
    [InlineData("/api/clients?search=%zz", "\"%zz\" is not a percent-encoded byte")]
    [InlineData("/api/clients?search=50%", "\"%\" is not a percent-encoded byte")]
    [InlineData("/api/clients?search=MU%C3OZ", "\"%C3\" is not UTF-8")]
    [InlineData("/api/clients?search=%FF", "\"%FF\" is not UTF-8")]
    [InlineData("/api/clients/%C3%28", "\"%C3%28\" is not UTF-8")]
    public async Task Broken_percent_encoding_is_a_400_problem_naming_it(string target, string detail)
    {
        var (status, headers, body) = await SendAsync(target);
        status.ShouldBe(400);
        headers.ShouldContain("Content-Type: application/problem+json");
        JsonDocument.Parse(body).RootElement.GetProperty("detail").GetString()!.ShouldContain(detail);
    }

    [Fact]
    public async Task Percent_encoded_UTF_8_is_served_and_the_connection_after_a_refusal_is_not_disturbed()
    {
        (await SendAsync("/api/clients?search=MU%C3%91OZ%20y%2B50%25")).Status.ShouldBe(200);

        // Two requests on one connection, the second refused: the first answer arrives untouched.
        var (first, second) = await SendTwoAsync("/api/clients?search=ok", "/api/clients?search=MUÑOZ");
        first.ShouldStartWith("HTTP/1.1 200 ");
        first.ShouldContain("{\"data\":[]");
        second.ShouldStartWith("HTTP/1.1 400 ");
        second.ShouldContain("application/problem+json");
    }

    private async Task<(int Status, string Headers, string Body)> SendAsync(string target)
    {
        var answer = await ExchangeAsync(Request(target, close: true));
        var end = answer.AsSpan().IndexOf("\r\n\r\n"u8);
        var head = Encoding.ASCII.GetString(answer, 0, end);
        var body = answer[(end + 4)..];
        return (int.Parse(head.Split(' ')[1]), head, Encoding.UTF8.GetString(head.Contains("Transfer-Encoding: chunked") ? Unchunk(body) : body));
    }

    private async Task<(string First, string Second)> SendTwoAsync(string first, string second)
    {
        var answer = Encoding.UTF8.GetString(await ExchangeAsync([.. Request(first, close: false), .. Request(second, close: true)]));
        var at = answer.IndexOf("HTTP/1.1 ", 1, StringComparison.Ordinal);
        return (answer[..at], answer[at..]);
    }

    /// <summary>The request as raw bytes: the target's characters unencoded, as UTF-8 (or one raw byte for \xff).</summary>
    private byte[] Request(string target, bool close)
    {
        var text = $"GET {target} HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer {_key}\r\n{(close ? "Connection: close\r\n" : "")}\r\n";
        return target.Contains('\xff') ? Encoding.Latin1.GetBytes(text) : Encoding.UTF8.GetBytes(text);
    }

    private async Task<byte[]> ExchangeAsync(byte[] request)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(IPAddress.Loopback, _port);
        var stream = tcp.GetStream();
        await stream.WriteAsync(request);
        using var answer = new MemoryStream();
        await stream.CopyToAsync(answer).WaitAsync(TimeSpan.FromSeconds(30));
        return answer.ToArray();
    }

    private static byte[] Unchunk(byte[] chunked)
    {
        var body = new List<byte>();
        for (var at = 0; ;)
        {
            var line = chunked.AsSpan(at).IndexOf("\r\n"u8);
            var size = Convert.ToInt32(Encoding.ASCII.GetString(chunked, at, line), 16);
            if (size == 0) return [.. body];
            body.AddRange(chunked.AsSpan(at + line + 2, size).ToArray());
            at += line + 2 + size + 2;
        }
    }
}
