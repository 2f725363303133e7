using Alba;
using Blueindic.Api.Tests.Support;

namespace Blueindic.Api.Tests.Platform;

[Collection(ApiCollection.Name)]
public sealed class RateLimitTests(AppFixture app)
{
    private static Task<IScenarioResult> Get(IAlbaHost host, string key) => host.Scenario(s =>
    {
        s.Get.Url("/api/clients");
        s.WithRequestHeader("Authorization", $"Bearer {key}");
        s.IgnoreStatusCode();
    });

    [Fact]
    public async Task A_key_past_its_burst_gets_429_with_Retry_After_while_another_key_goes_on()
    {
        var (busy, quiet) = (await app.NewTenant(), await app.NewTenant());
        await using var host = await AppFixture.StartOtherHostAsync(new Dictionary<string, string>
        {
            ["Blueindic__RateLimit__PermitsPerSecond"] = "1",
            ["Blueindic__RateLimit__Burst"] = "3",
        });

        var statuses = new List<int>();
        IScenarioResult? refused = null;
        for (var i = 0; i < 10; i++)
        {
            var result = await Get(host, busy.ApiKey);
            statuses.Add(result.Status());
            if (result.Status() == 429) refused ??= result;
        }
        statuses.Take(3).ShouldAllBe(s => s == 200);
        refused.ShouldNotBeNull(string.Join(",", statuses));
        int.Parse(refused.Header("Retry-After")!).ShouldBeGreaterThanOrEqualTo(1);
        refused.Context.Response.ContentType!.ShouldStartWith("application/problem+json");
        refused.Json().GetProperty("status").GetInt32().ShouldBe(429);

        (await Get(host, quiet.ApiKey)).Status().ShouldBe(200);
    }
}
