using Blueindic.Api.Tests.Support;

namespace Blueindic.Api.Tests.Platform;

[Collection(ApiCollection.Name)]
public sealed class SecurityHeadersTests(AppFixture app)
{
    [Theory]
    [InlineData("/api/clients", true)]         // an answer
    [InlineData("/api/clients/not-a-guid", true)]  // a problem
    [InlineData("/health/live", false)]
    public async Task Every_response_forbids_sniffing_framing_and_referrers(string url, bool isApi)
    {
        var tenant = await app.NewTenant();
        var result = await tenant.Get(url);
        result.Header("X-Content-Type-Options").ShouldBe("nosniff");
        result.Header("X-Frame-Options").ShouldBe("DENY");
        result.Header("Referrer-Policy").ShouldBe("no-referrer");
        result.Header("Content-Security-Policy").ShouldBe("default-src 'none'; frame-ancestors 'none'");
        if (isApi) result.Header("Cache-Control").ShouldBe("no-store");   // a business's data is never cached on the way
    }

    [Fact]
    public async Task Unauthenticated_refusals_carry_them_too()
    {
        var result = await app.Send(HttpMethod.Get, "/api/clients", key: null);
        result.Status().ShouldBe(401);
        result.Header("X-Content-Type-Options").ShouldBe("nosniff");
    }

    [Fact]
    public async Task CORS_is_off_unless_origins_are_configured()
    {
        var tenant = await app.NewTenant();
        var result = await tenant.Get("/api/clients", new Dictionary<string, string> { ["Origin"] = "https://evil.example" });
        result.Status().ShouldBe(200);
        result.Header("Access-Control-Allow-Origin").ShouldBeNull();
    }

    [Fact]
    public async Task Configured_origins_may_call_the_API_from_a_browser_and_others_may_not()
    {
        var tenant = await app.NewTenant();
        await using var host = await AppFixture.StartOtherHostAsync(new Dictionary<string, string> { ["Blueindic__CorsOrigins__0"] = "https://app.example" });
        Task<Alba.IScenarioResult> Preflight(string origin) => host.Scenario(s =>
        {
            s.ConfigureHttpContext(http => http.Request.Method = "OPTIONS");
            s.Get.Url("/api/clients");
            s.WithRequestHeader("Origin", origin);
            s.WithRequestHeader("Access-Control-Request-Method", "POST");
            s.IgnoreStatusCode();
        });

        (await Preflight("https://app.example")).Header("Access-Control-Allow-Origin").ShouldBe("https://app.example");
        (await Preflight("https://evil.example")).Header("Access-Control-Allow-Origin").ShouldBeNull();
        var read = await host.Scenario(s =>
        {
            s.Get.Url("/api/clients");
            s.WithRequestHeader("Authorization", $"Bearer {tenant.ApiKey}");
            s.WithRequestHeader("Origin", "https://app.example");
        });
        read.Header("Access-Control-Allow-Origin").ShouldBe("https://app.example");
    }
}
