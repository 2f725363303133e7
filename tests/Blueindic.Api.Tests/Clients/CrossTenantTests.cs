using Blueindic.Api.Tests.Support;

namespace Blueindic.Api.Tests.Clients;

[Collection(ApiCollection.Name)]
public sealed class CrossTenantTests(AppFixture app)
{
    [Fact]
    public async Task Another_tenants_client_is_404_on_every_endpoint_exactly_like_a_missing_one()
    {
        var owner = await app.NewTenant();
        var stranger = await app.NewTenant();
        var id = (await owner.RegisterClient(new { name = "Cliente privado", taxId = "A58818501" })).GetProperty("id").GetGuid();

        foreach (var target in new[] { id, Guid.NewGuid() })
        {
            (await stranger.Get($"/api/clients/{target}")).Status().ShouldBe(404);
            (await stranger.Get($"/api/clients/{target}/history")).Status().ShouldBe(404);
            (await stranger.Put($"/api/clients/{target}", new { name = "Robado" })).Status().ShouldBe(404);
            (await stranger.Post($"/api/clients/{target}/archive")).Status().ShouldBe(404);
            (await stranger.Post($"/api/clients/{target}/restore")).Status().ShouldBe(404);
        }
        (await stranger.ListClients("?search=privado")).GetProperty("data").GetArrayLength().ShouldBe(0);

        // The owner's client is untouched by all of that.
        (await owner.History(id)).Length.ShouldBe(1);
    }
}
