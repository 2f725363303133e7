using System.Text.Json.Nodes;
using Blueindic.Api.Tests.Support;

namespace Blueindic.Api.Tests.Contracts;

/// <summary>
/// The OpenAPI document is a contract with every client generated from it: it is pinned in
/// <c>openapi.approved.json</c>, from which the build generates the client that
/// <see cref="GeneratedClientTests"/> drives. A change to the API shows here as a diff to approve.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class OpenApiContractTests(AppFixture app)
{
    [Fact]
    public async Task The_served_document_matches_the_approved_contract()
    {
        var served = await app.Send(HttpMethod.Get, "/swagger/v1/swagger.json", key: null);
        served.Status().ShouldBe(200);
        Approved.ShouldMatch(JsonNode.Parse(served.ReadAsText())!.ToJsonString(Approved.Indented), "openapi",
            "The OpenAPI document changed (the generated client follows the approved one)");
    }
}
