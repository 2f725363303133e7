using Blueindic.Api.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Blueindic.Api.Tests.Platform;

/// <summary>The check every test's answers go through can fail: an undeclared status, media type or body shape is caught.</summary>
[Collection(ApiCollection.Name)]
public sealed class ResponseContractTests(AppFixture app)
{
    private HttpContext Answer(string method, string route, int status, string contentType, string? body = null)
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
        http.Response.Body = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(body ?? ""));
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

    [Fact]
    public async Task A_body_its_schema_refuses_fails_naming_the_property()
    {
        var tenant = await app.NewTenant();
        var invoice = await tenant.IssueSimpleInvoice(await tenant.NewClient());
        var contract = new ResponseContract(app.Host.Services);
        string With(string property, System.Text.Json.Nodes.JsonNode? value)
        {
            var body = System.Text.Json.Nodes.JsonNode.Parse(invoice.GetRawText())!.AsObject();
            if (value is null && property == "-number") body.Remove("number");
            else body[property] = value;
            return body.ToJsonString();
        }
        const string route = "/api/invoices/{id}";
        contract.Check(Answer("GET", route, 200, "application/json", invoice.GetRawText()));
        contract.Check(Answer("GET", route, 200, "application/json", With("overdueSince", null)));   // declared nullable

        Should.Throw<ResponseContractException>(() => contract.Check(Answer("GET", route, 200, "application/json", With("number", null))))
            .Message.ShouldContain("/number");
        Should.Throw<ResponseContractException>(() => contract.Check(Answer("GET", route, 200, "application/json", With("-number", null))))
            .Message.ShouldContain("number");
        Should.Throw<ResponseContractException>(() => contract.Check(Answer("GET", route, 200, "application/json", With("total", "12.10"))))
            .Message.ShouldContain("/total");
        Should.Throw<ResponseContractException>(() => contract.Check(Answer("GET", route, 200, "application/json", With("dueDate", "15/06/2026"))))
            .Message.ShouldContain("/dueDate");
        Should.Throw<ResponseContractException>(() => contract.Check(Answer("GET", route, 200, "application/json", With("status", "lost"))))
            .Message.ShouldContain("/status");
    }
}
