using System.Globalization;

namespace Blueindic.Api.Http;

/// <summary>Stream versions as HTTP validators: <c>ETag: "7"</c> on reads (If-Match on writes: <see cref="CommandSession"/>).</summary>
public static class Versioning
{
    public static void SetETag(this HttpResponse response, long version) =>
        response.Headers.ETag = $"\"{version.ToString(CultureInfo.InvariantCulture)}\"";
}
