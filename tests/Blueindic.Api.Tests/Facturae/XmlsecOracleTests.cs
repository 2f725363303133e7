using System.Diagnostics;
using Blueindic.Api.Facturae;
using Blueindic.Api.Tests.Support;

namespace Blueindic.Api.Tests.Facturae;

/// <summary>
/// The signed Facturae checked by a verifier nobody here wrote: xmlsec1 (the XML Security Library, C, on
/// libxml2 and OpenSSL; Debian's xmlsec1, installed by ./build.sh test), trusting the test certificate.
/// </summary>
public sealed class XmlsecOracleTests
{
    [Fact]
    public void Xmlsec1_verifies_the_signed_file_and_refuses_it_once_an_amount_or_a_property_changes()
    {
        using var certificate = TestCertificates.SelfSigned();
        var signed = FacturaeSignatureTests.Bytes(FacturaeSignature.Sign(SampleFacturae.Unsigned(), certificate, DateTimeOffset.UtcNow));
        var dir = Directory.CreateTempSubdirectory("blueindic-xmlsec-");
        try
        {
            var pem = Path.Combine(dir.FullName, "cert.pem");
            File.WriteAllText(pem, certificate.ExportCertificatePem());
            var file = Path.Combine(dir.FullName, "signed.xsig");
            File.WriteAllBytes(file, signed);
            var (ok, output) = Xmlsec1Verify(pem, file);
            ok.ShouldBeTrue(output);
            output.ShouldContain("OK");

            File.WriteAllText(file, System.Text.Encoding.UTF8.GetString(signed).Replace("<InvoiceTotal>121.00<", "<InvoiceTotal>1121.00<"));
            Xmlsec1Verify(pem, file).Ok.ShouldBeFalse();
            File.WriteAllText(file, System.Text.Encoding.UTF8.GetString(signed).Replace(">emisor<", ">receptor<"));
            Xmlsec1Verify(pem, file).Ok.ShouldBeFalse();
        }
        finally { dir.Delete(recursive: true); }
    }

    internal static (bool Ok, string Output) Xmlsec1Verify(string trustedPem, string file)
    {
        var start = new ProcessStartInfo("xmlsec1") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[]
                 {
                     "--verify", "--trusted-pem", trustedPem,
                     // The elements references point at by Id: XML has no ID type without a DTD, so name them.
                     "--id-attr:Id", $"{XadesProperties.Namespace}:SignedProperties",
                     "--id-attr:Id", "http://www.w3.org/2000/09/xmldsig#:KeyInfo",
                     file,
                 })
            start.ArgumentList.Add(arg);
        Process process;
        try { process = Process.Start(start)!; }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException("xmlsec1 is not installed: install Debian's xmlsec1 (./build.sh test does, as root).", e);
        }
        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode == 0, output.Result + error);
        }
    }
}
