using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Xml.Linq;
using Microsoft.Extensions.Options;

namespace Blueindic.Api.Verifactu;

/// <summary>
/// Posts a batch to the AEAT's VERI*FACTU SOAP service with the business's certificate as the TLS client
/// certificate (the service authenticates by mutual TLS), and reads its answer.
/// </summary>
public sealed class AeatClient(IOptions<BlueindicOptions> options)
{
    private readonly VerifactuOptions settings = options.Value.Verifactu;

    public string Endpoint => settings.Endpoint;

    /// <exception cref="AeatRefused">The service answered, but not with a verdict on the records.</exception>
    /// <exception cref="AeatUnreachable">No answer: the network, TLS or the service failed; nothing is known of the batch.</exception>
    public async Task<AeatAnswer> SendAsync(XDocument envelope, X509Certificate2 certificate, CancellationToken ct)
    {
        if (!Uri.TryCreate(settings.Endpoint, UriKind.Absolute, out var endpoint) || endpoint.Scheme != Uri.UriSchemeHttps)
            throw new AeatRefused($"The endpoint {settings.Endpoint} is not an https address: records go only over TLS.");
        // One connection per batch, with this business's certificate: the next batch may be another business's.
        using var handler = new SocketsHttpHandler
        {
            SslOptions = new SslClientAuthenticationOptions
            {
                ClientCertificates = [certificate],
                // Offered whatever issuers the server names as acceptable: the AEAT decides on the certificate itself.
                LocalCertificateSelectionCallback = (_, _, _, _, _) => certificate,
                RemoteCertificateValidationCallback = (_, server, _, errors) => errors == SslPolicyErrors.None || IsPinned(server),
            },
            ConnectTimeout = TimeSpan.FromSeconds(Math.Max(1, settings.TimeoutSeconds)),
            // A redirect would post the records somewhere else than the endpoint configured.
            AllowAutoRedirect = false,
        };
        using var http = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(Math.Max(1, settings.TimeoutSeconds)) };
        using var content = new StringContent(envelope.Declaration + envelope.ToString(SaveOptions.DisableFormatting), Encoding.UTF8, "text/xml");
        content.Headers.ContentType!.CharSet = "utf-8";
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = content };
        request.Headers.Add("SOAPAction", "\"\"");
        string body;
        int status;
        try
        {
            using var response = await http.SendAsync(request, ct);
            status = (int)response.StatusCode;
            body = await response.Content.ReadAsStringAsync(ct);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException && !ct.IsCancellationRequested)
        {
            throw new AeatUnreachable($"{settings.Endpoint}: {e.Message}", e);
        }
        // A SOAP fault comes with a 500; any other status without a SOAP body is the service unavailable.
        if (status >= 400 && !body.Contains("Envelope", StringComparison.Ordinal))
            throw new AeatUnreachable($"{settings.Endpoint} answered {status}.", null);
        return AeatAnswer.Parse(body);
    }

    private bool IsPinned(X509Certificate? server) =>
        server is not null && settings.ServerCertificateSha256 is { Length: > 0 } pinned
        && string.Equals(Convert.ToHexString(SHA256.HashData(server.GetRawCertData())), pinned.Replace(":", ""), StringComparison.OrdinalIgnoreCase);
}

/// <summary>The AEAT could not be reached or did not answer in time.</summary>
public sealed class AeatUnreachable(string message, Exception? inner) : Exception(message, inner);
