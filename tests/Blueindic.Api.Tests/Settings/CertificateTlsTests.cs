using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using Blueindic.Api.Settings;
using Blueindic.Api.Tests.Support;

namespace Blueindic.Api.Tests.Settings;

/// <summary>
/// The certificate as the API loads it (PKCS#12, ephemeral key) also authenticates a TLS client: what the
/// VERI*FACTU submission needs, over loopback against a server that requires a client certificate.
/// </summary>
public sealed class CertificateTlsTests
{
    [Fact]
    public async Task A_certificate_loaded_with_an_ephemeral_key_authenticates_a_mutual_TLS_client()
    {
        using var authority = TestCertificates.Authority();
        using var server = TestCertificates.Server(authority);
        using var issued = TestCertificates.Client(authority);
        using var client = X509CertificateLoader.LoadPkcs12(TestCertificates.Pkcs12(issued, TestCertificates.Password, authority),
            TestCertificates.Password, Pkcs12File.Flags, Pkcs12LoaderLimits.Defaults);
        client.HasPrivateKey.ShouldBeTrue();

        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        X509Certificate? seenByServer = null;
        var serving = Task.Run(async () =>
        {
            using var tcp = await listener.AcceptTcpClientAsync();
            await using var tls = new SslStream(tcp.GetStream());
            await tls.AuthenticateAsServerAsync(new SslServerAuthenticationOptions
            {
                ServerCertificate = server,
                ClientCertificateRequired = true,
                // Trusts the test authority only: the client's certificate must chain to it.
                RemoteCertificateValidationCallback = (_, certificate, _, _) => certificate is X509Certificate2 c && ChainsTo(c, authority),
            });
            seenByServer = tls.RemoteCertificate;
            await tls.WriteAsync("ok"u8.ToArray());
        });

        using var connection = new TcpClient();
        await connection.ConnectAsync(IPAddress.Loopback, port);
        await using var stream = new SslStream(connection.GetStream());
        await stream.AuthenticateAsClientAsync(new SslClientAuthenticationOptions
        {
            TargetHost = "localhost",
            ClientCertificateContext = SslStreamCertificateContext.Create(client, [authority], offline: true),
            RemoteCertificateValidationCallback = (_, certificate, _, _) => certificate is X509Certificate2 c && ChainsTo(c, authority),
        });
        var answer = new byte[2];
        await stream.ReadExactlyAsync(answer);
        await serving;

        answer.ShouldBe("ok"u8.ToArray());
        stream.IsMutuallyAuthenticated.ShouldBeTrue();
        seenByServer.ShouldNotBeNull().GetCertHashString().ShouldBe(client.GetCertHashString());
    }

    private static bool ChainsTo(X509Certificate2 certificate, X509Certificate2 authority)
    {
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(authority);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        return chain.Build(certificate);
    }
}
