using System.Net.Sockets;
using Blueindic.Api.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Blueindic.Api.Http;

namespace Blueindic.Api.Tests.Platform;

/// <summary>
/// What a request meeting a database outage is answered (the fault drill kills PostgreSQL for real;
/// these pin the mapping, including errors that drill may or may not meet).
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class DatabaseDownTests(AppFixture app)
{
    public static readonly TheoryData<string> Outages = new() { "refused", "57P03", "57P01", "57P02" };

    [Theory]
    [MemberData(nameof(Outages))]
    public async Task An_unreachable_or_restarting_database_is_a_503_problem_with_Retry_After(string outage)
    {
        Exception error = outage == "refused"
            ? new NpgsqlException("Failed to connect", new SocketException((int)SocketError.ConnectionRefused))
            : new PostgresException("server going away", "FATAL", "FATAL", outage);
        var http = new DefaultHttpContext { RequestServices = app.Host.Services };
        http.Response.Body = new MemoryStream();

        var handled = await ActivatorUtilities.CreateInstance<ProblemExceptionHandler>(app.Host.Services).TryHandleAsync(http, error, CancellationToken.None);

        handled.ShouldBeTrue();
        http.Response.StatusCode.ShouldBe(503);
        http.Response.Headers.RetryAfter.ToString().ShouldBe("1");
        http.Response.ContentType.ShouldBe("application/problem+json");
    }
}
