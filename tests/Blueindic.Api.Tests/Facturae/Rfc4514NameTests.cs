using System.Security.Cryptography.X509Certificates;
using Blueindic.Api.Facturae;
using Blueindic.Api.Tests.Support;

namespace Blueindic.Api.Tests.Facturae;

/// <summary>
/// The XAdES X509IssuerName: every expected string here was written by Java's
/// <c>javax.security.auth.x500.X500Principal.getName()</c> (OpenJDK 17) from the same DER, the parser
/// Spanish validators (AutoFirma, VALIDe, @firma) use; Java refuses .NET's Name for the first one.
/// </summary>
public sealed class Rfc4514NameTests
{
    [Fact]
    public void An_FNMT_shaped_name_writes_types_outside_RFC_4514_as_OID_and_DER()
    {
        Rfc4514Name.Format(TestCertificates.Representative()).ShouldBe(
            "C=ES,O=EMPRESA DE PRUEBA SL,2.5.4.97=#0c0f56415445532d423634373137383338,2.5.4.4=#0c1145535041c3914f4c2045535041c3914f4c,"
            + "2.5.4.42=#0c044a55414e,2.5.4.5=#130f49444345532d31323334353637385a,CN=12345678Z JUAN ESPAÑOL (R: B64717838)");
        // What .NET would have written instead: a keyword Java's parser does not know.
        TestCertificates.Representative().Name.ShouldContain("organizationIdentifier=");
    }

    [Fact]
    public void Special_characters_are_escaped_and_the_last_RDN_comes_first()
    {
        var der = Convert.FromHexString("305a310b300906035504061302455331163014060355040a0c0d456d70726573612022646f7322310d300b060355040b0c0423756e6f"
                                        + "3124302206035504030c1b50c3a972657a2c204a75616e202b2048696a6f73203c534c3e3b78");
        Rfc4514Name.Format(new X500DistinguishedName(der)).ShouldBe(@"CN=Pérez\, Juan \+ Hijos \<SL\>\;x,OU=\#uno,O=Empresa \""dos\"",C=ES");
    }
}
