using Blueindic.Api.Tests.Support;

namespace Blueindic.Api.Tests.Commands;

/// <summary>How a command refuses, through the one error channel: which refusal wins, and what the answer carries.</summary>
[Collection(ApiCollection.Name)]
public sealed class CommandRefusalTests(AppFixture app)
{
    private static readonly Dictionary<string, string> StaleVersion = new() { ["If-Match"] = "\"99\"" };

    public static TheoryData<string, object> BadBodies => new()
    {
        { "payments", new { reference = new string('x', 201) } },
        { "uncollectible", new { reason = " " } },
        { "corrections", new { reason = "x", lines = Array.Empty<object>() } },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task A_bad_body_is_a_400_before_the_invoice_is_looked_for(string command, object body)
    {
        var tenant = await app.NewTenant();
        (await tenant.Post($"/api/invoices/{Guid.NewGuid()}/{command}", body)).Status().ShouldBe(400);

        var invoice = (await tenant.IssueSimpleInvoice(await tenant.NewClient())).GetProperty("id").GetGuid();
        var stale = await tenant.Post($"/api/invoices/{invoice}/{command}", body, StaleVersion);
        stale.Status().ShouldBe(400);
        stale.Json().GetProperty("errors").EnumerateObject().ShouldNotContain(e => e.Name == "If-Match");
    }

    [Fact]
    public async Task A_stale_If_Match_is_a_412_with_the_current_version_and_a_malformed_one_a_400()
    {
        var tenant = await app.NewTenant();
        var invoice = (await tenant.IssueSimpleInvoice(await tenant.NewClient())).GetProperty("id").GetGuid();

        var stale = await tenant.Post($"/api/invoices/{invoice}/payments", new { amount = 1 }, StaleVersion);
        stale.Status().ShouldBe(412);
        stale.Json().GetProperty("currentVersion").GetInt64().ShouldBe(1);
        var malformed = await tenant.Post($"/api/invoices/{invoice}/payments", new { amount = 1 }, new Dictionary<string, string> { ["If-Match"] = "7" });
        malformed.Status().ShouldBe(400);
        malformed.Json().GetProperty("errors").GetProperty("If-Match").GetArrayLength().ShouldBe(1);
        (await tenant.Post($"/api/invoices/{invoice}/payments", new { amount = 1 }, new Dictionary<string, string> { ["If-Match"] = "\"1\"" }))
            .Status().ShouldBe(200);
    }

    [Fact]
    public async Task Refusals_carry_the_correlation_id_like_every_other_answer()
    {
        var tenant = await app.NewTenant();
        var clientId = await tenant.NewClient();
        var headers = new Dictionary<string, string> { ["X-Correlation-Id"] = "soporte-42" };

        var notFound = await tenant.Post($"/api/invoices/{Guid.NewGuid()}/payments", new { amount = 1 }, headers);
        var conflict = await tenant.Post($"/api/clients/{clientId}/restore", null, headers);
        var invalid = await tenant.Post("/api/clients", new { name = "" }, headers);

        foreach (var (refused, status) in new[] { (notFound, 404), (conflict, 409), (invalid, 400) })
        {
            refused.Status().ShouldBe(status);
            refused.Context.Response.Headers["X-Correlation-Id"].ToString().ShouldBe("soporte-42");
            refused.Context.Response.ContentType.ShouldStartWith("application/problem+json");
        }
    }
}
