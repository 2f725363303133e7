using System.Text.Json;
using Blueindic.Api.Tests.Support;
using Blueindic.Domain.Business;

namespace Blueindic.Api.Tests.Settings;

[Collection(ApiCollection.Name)]
public sealed class BusinessLogoTests(AppFixture app)
{
    private const string Url = "/api/settings/business/logo";

    [Fact]
    public async Task A_PNG_then_a_JPEG_are_kept_served_with_their_type_and_removed()
    {
        var tenant = await app.NewTenant();
        (await tenant.Get(Url)).Status().ShouldBe(404);

        var png = TestImages.Png();
        var set = await tenant.PutFile(Url, png, "logo.jpg");   // the name says JPEG; the bytes say PNG
        set.Status().ShouldBe(200, set.ReadAsText());
        var logo = set.Json().GetProperty("logo");
        (logo.GetProperty("mediaType").GetString(), logo.GetProperty("bytes").GetInt32(), logo.GetProperty("url").GetString())
            .ShouldBe(("image/png", png.Length, Url));
        (await tenant.Get(Url)).Header("Content-Type").ShouldBe("image/png");
        (await tenant.Download(Url)).ShouldBe(png);

        var jpeg = TestImages.Jpeg();
        (await tenant.PutFile(Url, jpeg, "logo.png")).Json().GetProperty("logo").GetProperty("mediaType").GetString().ShouldBe("image/jpeg");
        (await tenant.Get(Url)).Header("Content-Type").ShouldBe("image/jpeg");
        (await tenant.Download(Url)).ShouldBe(jpeg);
        // The same image again records nothing.
        (await tenant.PutFile(Url, jpeg, "logo.jpeg")).Json().GetProperty("version").GetInt64().ShouldBe(2);

        (await tenant.Delete(Url)).Status().ShouldBe(204);
        (await tenant.Get(Url)).Status().ShouldBe(404);
        (await tenant.Get("/api/settings/business")).Json().GetProperty("logo").ValueKind.ShouldBe(JsonValueKind.Null);
        (await tenant.Delete(Url)).Status().ShouldBe(204);   // nothing to remove: nothing recorded

        var history = await tenant.HistoryOf("/api/settings/business/history");
        history.Select(h => h.GetProperty("type").GetString()).ShouldBe(["BusinessLogoChanged", "BusinessLogoChanged", "BusinessLogoRemoved"]);
        // Only a reference is in the event: never the image.
        history[0].GetProperty("data").EnumerateObject().Select(p => p.Name).ShouldBe(["profileId", "sha256", "mediaType", "bytes"]);
    }

    [Fact]
    public async Task Too_large_is_413_and_not_an_image_is_415_and_neither_records_anything()
    {
        var tenant = await app.NewTenant();
        var large = TestImages.Png(270, 270, noise: true);
        large.Length.ShouldBeGreaterThan(LogoImage.MaxBytes);
        large.Length.ShouldBeLessThan(LogoImage.MaxBytes + 64 * 1024);   // past the file limit, within the body's
        var tooLarge = await tenant.PutFile(Url, large, "logo.png");
        tooLarge.Status().ShouldBe(413, tooLarge.ReadAsText());
        (await tenant.PutFile(Url, TestImages.Png(400, 400, noise: true), "logo.png")).Status().ShouldBe(413);   // past the body's limit too

        var gif = "GIF89a\u0001\0\u0001\0\0\0\0;"u8.ToArray();
        var notAnImage = await tenant.PutFile(Url, gif, "logo.png");
        notAnImage.Status().ShouldBe(415, notAnImage.ReadAsText());
        (await tenant.PutFile(Url, "<svg xmlns=\"http://www.w3.org/2000/svg\"/>"u8.ToArray(), "logo.svg")).Status().ShouldBe(415);
        (await tenant.PutFile(Url, TestImages.Png()[..12], "cut.png")).Status().ShouldBe(415);
        (await tenant.PutFile(Url, [], "empty.png")).Status().ShouldBe(400);
        (await tenant.Put(Url, new { file = "iVBORw0KGgo=" })).Status().ShouldBe(400);   // JSON, not a form

        (await tenant.HistoryOf("/api/settings/business/history")).ShouldBeEmpty();
        (await tenant.Get(Url)).Status().ShouldBe(404);
    }

    [Fact]
    public async Task An_image_whose_structure_is_broken_is_a_415_and_one_too_many_pixels_a_400()
    {
        var tenant = await app.NewTenant();
        var png = TestImages.Png();
        var badCrc = png.ToArray();
        badCrc[45] ^= 0x01;   // a byte of the IDAT data: its CRC no longer matches
        var broken = new Dictionary<string, byte[]>
        {
            ["truncated PNG"] = png[..^6],
            ["PNG header then HTML"] = [.. png[..33], .. "<html><script>alert(1)</script></html>"u8],
            ["PNG with a bad CRC"] = badCrc,
            ["PNG without IDAT"] = TestImages.PngWithout(png, "IDAT"),
            ["PNG with data after IEND"] = [.. png, 0],
            ["PNG 0 pixels wide"] = TestImages.Png(0, 2),
            ["JPEG without SOF"] = TestImages.JpegFrame(null, null),
            ["JPEG 0 pixels high"] = TestImages.JpegFrame(8, 0),
            ["JPEG without EOI"] = TestImages.Jpeg()[..^2],
            ["4-byte JPEG"] = [0xFF, 0xD8, 0xFF, 0x00],
        };
        foreach (var (name, bytes) in broken)
        {
            var refused = await tenant.PutFile(Url, bytes, "logo");
            refused.Status().ShouldBe(415, name);
        }
        foreach (var (name, bytes) in new Dictionary<string, byte[]> { ["PNG 4097 wide"] = TestImages.Png(4097, 1), ["JPEG 4097 high"] = TestImages.JpegFrame(8, 4097) })
        {
            var refused = await tenant.PutFile(Url, bytes, "logo");
            refused.Status().ShouldBe(400, name);
            refused.Json().GetProperty("errors").GetProperty("file")[0].GetString()!.ShouldContain("4096");
        }
        (await tenant.HistoryOf("/api/settings/business/history")).ShouldBeEmpty();
        // At the limit is fine.
        (await tenant.PutFile(Url, TestImages.Png(4096, 1), "logo.png")).Status().ShouldBe(200);
        (await tenant.PutFile(Url, TestImages.JpegFrame(4096, 4096), "logo.jpg")).Status().ShouldBe(200);
    }

    [Fact]
    public async Task Setting_or_removing_the_logo_with_a_stale_If_Match_is_a_412_and_changes_nothing()
    {
        var tenant = await app.NewTenant();
        var stale = new Dictionary<string, string> { ["If-Match"] = "\"0\"" };
        (await tenant.PutFile(Url, TestImages.Png(), "logo.png", stale)).Status().ShouldBe(200);
        var put = await tenant.PutFile(Url, TestImages.Jpeg(), "logo.jpg", stale);
        put.Status().ShouldBe(412, put.ReadAsText());
        put.Json().GetProperty("currentVersion").GetInt64().ShouldBe(1);
        var delete = await tenant.Delete(Url, stale);
        delete.Status().ShouldBe(412, delete.ReadAsText());
        delete.Json().GetProperty("currentVersion").GetInt64().ShouldBe(1);
        (await tenant.Get(Url)).Header("Content-Type").ShouldBe("image/png");
        (await tenant.Delete(Url, new Dictionary<string, string> { ["If-Match"] = "\"1\"" })).Status().ShouldBe(204);
        (await tenant.Get(Url)).Status().ShouldBe(404);
    }

    [Fact]
    public async Task The_logo_is_tagged_by_its_hash_and_an_unchanged_one_is_a_304()
    {
        var tenant = await app.NewTenant();
        var png = TestImages.Png();
        (await tenant.PutFile(Url, png, "logo.png")).Status().ShouldBe(200);
        var first = await tenant.Get(Url);
        var etag = $"\"{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(png))}\"";
        (first.Header("ETag"), first.Header("Cache-Control")).ShouldBe((etag, "private, no-cache"));

        var same = await tenant.Get(Url, new Dictionary<string, string> { ["If-None-Match"] = $"\"other\", W/{etag}" });
        same.Status().ShouldBe(304);
        (same.Header("ETag"), same.ReadAsText()).ShouldBe((etag, ""));
        (await tenant.PutFile(Url, TestImages.Jpeg(), "logo.jpg")).Status().ShouldBe(200);
        var changed = await tenant.Get(Url, new Dictionary<string, string> { ["If-None-Match"] = etag });
        changed.Status().ShouldBe(200);
        (await tenant.Download(Url)).ShouldBe(TestImages.Jpeg());
    }

    [Fact]
    public async Task Each_business_sees_only_its_own_logo()
    {
        var (owner, stranger) = (await app.NewTenant(), await app.NewTenant());
        (await owner.PutFile(Url, TestImages.Png(), "logo.png")).Status().ShouldBe(200);
        (await stranger.Get(Url)).Status().ShouldBe(404);
        (await stranger.Get("/api/settings/business")).Json().GetProperty("logo").ValueKind.ShouldBe(JsonValueKind.Null);
    }
}
