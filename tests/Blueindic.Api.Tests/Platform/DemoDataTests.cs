using Alba;
using Blueindic.Api.Tests.Support;
using Wolverine;

namespace Blueindic.Api.Tests.Platform;

[Collection(ApiCollection.Name)]
public sealed class DemoDataTests(AppFixture app)
{
    private const string DemoKey = "bik_0195a7c4de4070008000000000000001_1111111111111111111111111111111111111111111111111111111111111111";

    [Fact]
    public async Task Starting_twice_seeds_the_demo_tenant_once_and_its_configured_key_works()
    {
        for (var start = 0; start < 2; start++)
        {
            await using var host = await StartSeedingHost();
            var page = await host.Scenario(s =>
            {
                s.Get.Url("/api/clients?limit=100");
                s.WithRequestHeader("Authorization", $"Bearer {DemoKey}");
            });
            var clients = page.Json().GetProperty("data").EnumerateArray().ToList();
            clients.Count.ShouldBe(8);
            clients.Select(c => c.GetProperty("taxId").GetString()).ShouldBeUnique();
            clients.ShouldContain(c => c.GetProperty("name").GetString() == "Panadería Muñoz");
        }

        var tenant = await app.Send(HttpMethod.Get, "/api/admin/tenants/0195a7c4-de40-7000-8000-00000000de30", AppFixture.AdminKey);
        tenant.Json().GetProperty("activeKeyIds").GetArrayLength().ShouldBe(1);
    }

    private static async Task<IAlbaHost> StartSeedingHost()
    {
        Environment.SetEnvironmentVariable("Blueindic__SeedDemoData", "true");
        Environment.SetEnvironmentVariable("Blueindic__DemoApiKey", DemoKey);
        try
        {
            return await AlbaHost.For<Program>(x => x.ConfigureServices(s =>
            {
                s.RunWolverineInSoloMode();
                s.DisableAllExternalWolverineTransports();
            }));
        }
        finally
        {
            Environment.SetEnvironmentVariable("Blueindic__SeedDemoData", "false");
            Environment.SetEnvironmentVariable("Blueindic__DemoApiKey", null);
        }
    }
}
