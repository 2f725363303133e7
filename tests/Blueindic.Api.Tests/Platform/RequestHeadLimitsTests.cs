using Blueindic.Api.Http;
using Blueindic.Api.Tests.Support;

namespace Blueindic.Api.Tests.Platform;

/// <summary>
/// A request target or headers over their limits get a problem (414, 431), not Kestrel's empty
/// answer. Over a real socket the same is checked by the fault drills' probe (tests/faults).
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class RequestHeadLimitsTests(AppFixture app)
{
    [Fact]
    public async Task A_target_over_8_KB_is_a_414_problem_and_one_just_under_is_served()
    {
        var tenant = await app.NewTenant();
        var under = await tenant.Get($"/api/clients?search={new string('a', 150)}&x={new string('b', RequestLimits.MaxTargetLength - 200)}");
        under.Status().ShouldBe(200, under.ReadAsText());

        var over = await tenant.Get($"/api/clients?x={new string('b', RequestLimits.MaxTargetLength)}");
        over.Status().ShouldBe(414);
        over.Context.Response.ContentType!.ShouldStartWith("application/problem+json");
        over.Json().GetProperty("status").GetInt32().ShouldBe(414);
    }

    [Fact]
    public async Task More_than_100_headers_is_a_431_problem()
    {
        var tenant = await app.NewTenant();
        var headers = Enumerable.Range(0, RequestLimits.MaxHeaderCount).ToDictionary(i => $"X-Extra-{i}", i => "1");
        var result = await tenant.Get("/api/clients", headers);
        result.Status().ShouldBe(431);
        result.Json().GetProperty("detail").GetString()!.ShouldContain($"{RequestLimits.MaxHeaderCount} headers");
    }

    [Fact]
    public async Task Headers_over_32_KB_in_all_are_a_431_problem_and_under_are_served()
    {
        var tenant = await app.NewTenant();
        var under = await tenant.Get("/api/clients", new Dictionary<string, string> { ["X-Big"] = new('a', RequestLimits.MaxHeadersBytes - 1024) });
        under.Status().ShouldBe(200);

        var over = await tenant.Get("/api/clients", new Dictionary<string, string>
        {
            ["X-Big-1"] = new('a', RequestLimits.MaxHeadersBytes / 2), ["X-Big-2"] = new('a', RequestLimits.MaxHeadersBytes / 2),
        });
        over.Status().ShouldBe(431);
        over.Context.Response.ContentType!.ShouldStartWith("application/problem+json");
    }
}
