using Blueindic.Api.Tests.Support;
using Blueindic.Api.Http;

namespace Blueindic.Api.Tests.Platform;

/// <summary>The dashboard's files as the API serves them; what the page does is tested in a real browser (Blueindic.Dashboard.Tests).</summary>
[Collection(ApiCollection.Name)]
public sealed class DashboardHostingTests(AppFixture app)
{
    [Fact]
    public async Task The_page_is_served_at_the_root_without_a_key_under_its_own_CSP()
    {
        var page = await app.Send(HttpMethod.Get, "/", key: null);
        page.Status().ShouldBe(200);
        page.Context.Response.ContentType.ShouldStartWith("text/html");
        page.Header("Content-Security-Policy").ShouldBe(SecurityHeaders.Dashboard);
        page.Header("Cache-Control").ShouldBe("no-cache");
        page.ReadAsText().ShouldContain("<script src=\"js/app.js\" type=\"module\"></script>");

        var script = await app.Send(HttpMethod.Get, "/js/app.js", key: null);
        script.Status().ShouldBe(200);
        script.Header("Content-Security-Policy").ShouldBe(SecurityHeaders.Dashboard);
        // The data still needs a key.
        (await app.Send(HttpMethod.Get, "/api/clients", key: null)).Status().ShouldBe(401);
    }

    [Fact]
    public void The_page_runs_under_a_CSP_without_inline_code_and_never_parses_API_text_as_HTML()
    {
        var root = Path.Combine(FindRepo(), "src", "Blueindic.Api", "wwwroot");
        var html = File.ReadAllText(Path.Combine(root, "index.html"));
        html.ShouldNotContain("style=");
        html.ShouldNotContain("<style");
        System.Text.RegularExpressions.Regex.Matches(html, "<script(?![^>]*\\ssrc=)").Count.ShouldBe(0);
        foreach (var file in Directory.GetFiles(Path.Combine(root, "js"), "*.js", SearchOption.AllDirectories))
        {
            var code = File.ReadAllText(file);
            code.ShouldNotContain("innerHTML", customMessage: file);
            code.ShouldNotContain("insertAdjacentHTML", customMessage: file);
        }
    }

    [Fact]
    public async Task An_invoice_s_VERIFACTU_QR_code_is_an_SVG_for_its_owner_only()
    {
        var tenant = await app.NewTenant();
        var client = await tenant.NewClient("Cliente QR");
        var invoice = await tenant.IssueSimpleInvoice(client);
        var id = invoice.GetProperty("id").GetGuid();

        var qr = await tenant.Get($"/api/invoices/{id}/qr.svg");
        qr.Status().ShouldBe(200);
        qr.Context.Response.ContentType.ShouldStartWith("image/svg+xml");
        // The code of the invoice's own VERI*FACTU URL, at error correction level M.
        var url = invoice.GetProperty("verifactu").GetProperty("qrUrl").GetString()!;
        url.ShouldContain("ValidarQR?nif=");
        using var expected = QRCoder.QRCodeGenerator.GenerateQrCode(url, QRCoder.QRCodeGenerator.ECCLevel.M);
        qr.ReadAsText().ShouldBe(new QRCoder.SvgQRCode(expected).GetGraphic(4));

        (await tenant.Get($"/api/invoices/{Guid.NewGuid()}/qr.svg")).Status().ShouldBe(404);
        (await (await app.NewTenant()).Get($"/api/invoices/{id}/qr.svg")).Status().ShouldBe(404);
    }

    private static string FindRepo()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Blueindic.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Blueindic.sln not found");
    }
}
