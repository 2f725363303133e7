using Blueindic.Api.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Blueindic.Api.Tests.Platform;

/// <summary>The check every test's answers go through can fail: an undeclared status or media type is caught.</summary>
[Collection(ApiCollection.Name)]
public sealed class ResponseContractTests(AppFixture app)
{
    private HttpContext Answer(string method, string route, int status, string contentType)
    {
        var endpoint = app.Host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .First(e => "/" + e.RoutePattern.RawText!.TrimStart('/') == route
                        && e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods.Contains(method) == true);
        var http = new DefaultHttpContext();
        http.Request.Method = method;
        http.Request.Path = route;
        http.SetEndpoint(endpoint);
        http.Response.StatusCode = status;
        http.Response.ContentType = contentType;
        return http;
    }

    [Fact]
    public void A_declared_answer_passes_and_an_undeclared_status_or_media_type_fails()
    {
        var contract = new ResponseContract(app.Host.Services);
        contract.Check(Answer("GET", "/api/clients", 200, "application/json; charset=utf-8"));
        contract.Check(Answer("GET", "/api/reports/sales/monthly.svg", 400, "application/problem+json"));

        Should.Throw<ResponseContractException>(() => contract.Check(Answer("GET", "/api/clients", 418, "application/problem+json")))
            .Message.ShouldContain("418");
        Should.Throw<ResponseContractException>(() => contract.Check(Answer("GET", "/api/clients", 200, "text/html")))
            .Message.ShouldContain("text/html");
    }
}
