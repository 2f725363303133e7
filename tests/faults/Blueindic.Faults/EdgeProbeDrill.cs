using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Blueindic.Faults;

/// <summary>
/// The server's own edges, over a real socket (the tests' in-memory host has no Kestrel): no header
/// names the software, oversized request heads get problems, and the OpenAPI document is off in
/// Production unless configured, raw UTF-8 in a target gets a problem. What Kestrel still answers
/// bare is printed, not expected.
/// </summary>
internal static class EdgeProbeDrill
{
    public static async Task RunAsync(Report report, ApiNode node)
    {
        Report.Section($"The server's edges ({node.Name}, Production)");
        using (var response = await node.Http.GetAsync("/api/clients"))
            report.Expect(!response.Headers.Contains("Server") && !response.Headers.Any(h => h.Key.Contains("version", StringComparison.OrdinalIgnoreCase)),
                $"no Server or version header ({(int)response.StatusCode}: {string.Join(", ", response.Headers.Select(h => h.Key))})");

        await ExpectProblemAsync(report, node, HttpStatusCode.RequestUriTooLong, $"/api/clients?x={new string('a', 9_000)}", [], "a 9 KB target");
        await ExpectProblemAsync(report, node, HttpStatusCode.RequestHeaderFieldsTooLarge, "/api/clients",
            [("X-Big", new string('a', 40_000))], "40 KB of headers");
        await ExpectProblemAsync(report, node, HttpStatusCode.RequestHeaderFieldsTooLarge, "/api/clients",
            Enumerable.Range(0, 120).Select(i => ($"X-Extra-{i}", "1")).ToArray(), "120 headers");

        using (var swagger = await node.Http.GetAsync("/swagger/v1/swagger.json"))
            // Like any unknown address without a key.
            report.Expect(swagger.StatusCode == HttpStatusCode.Unauthorized, $"no OpenAPI document in Production by default ({(int)swagger.StatusCode})");

        // Past Kestrel's own limits, or not HTTP at all, Kestrel answers before any application code.
        Report.Saw($"left to Kestrel: a 20 KB target → {await RawHeadAsync(node, $"GET /api/clients?x={new string('a', 20_000)} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")}");
        // Raw UTF-8 in the target: refused by Kestrel, its bare 400 replaced by a problem (RejectedTargets).
        var rawUtf8 = await RawHeadAsync(node, "GET /api/clients?search=MUÑOZ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        report.Expect(rawUtf8.StartsWith("HTTP/1.1 400 ") && !rawUtf8.EndsWith(" 0 bytes of body"), $"raw UTF-8 in the target: a problem ({rawUtf8})");
    }

    private static async Task ExpectProblemAsync(Report report, ApiNode node, HttpStatusCode expected, string url, (string, string)[] headers, string what)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        foreach (var (name, value) in headers) request.Headers.TryAddWithoutValidation(name, value);
        using var response = await node.Http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        var type = response.Content.Headers.ContentType?.MediaType;
        report.Expect(response.StatusCode == expected && type == "application/problem+json" && body.Contains($"\"status\":{(int)expected}"),
            $"{what}: {(int)response.StatusCode} {type} ({body.Length} bytes)");
    }

    /// <summary>The status line and body length of what the server answers to these raw bytes.</summary>
    private static async Task<string> RawHeadAsync(ApiNode node, string request)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(node.Url.Host, node.Url.Port);
        var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.UTF8.GetBytes(request));
        using var reader = new StreamReader(stream, Encoding.ASCII);
        var answer = await reader.ReadToEndAsync().WaitAsync(TimeSpan.FromSeconds(10));
        var head = answer.Split("\r\n\r\n", 2);
        return $"{head[0].Split("\r\n")[0]}, {(head.Length > 1 ? head[1].Length : 0)} bytes of body";
    }
}
