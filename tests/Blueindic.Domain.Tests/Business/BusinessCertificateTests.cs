using Blueindic.Domain.Business;
using Blueindic.Domain.Common;

namespace Blueindic.Domain.Tests.Business;

public sealed class BusinessCertificateTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid Profile = Guid.Parse("0193a1b2-0000-7000-8000-000000000008");

    [Theory]
    [InlineData("VATES-B64717838", "IDCES-12345678Z", "B64717838")]   // representative of a company: the company
    [InlineData(null, "IDCES-12345678Z", "12345678Z")]                // a person (FNMT "Persona Física")
    [InlineData(null, "12345678Z", "12345678Z")]                      // older certificates: the bare NIF
    [InlineData(null, "IDCES-X1234567L", "X1234567L")]                // an NIE
    [InlineData("vates-b64717838", null, "B64717838")]
    [InlineData("VATES-B64717839", "IDCES-12345678Z", "12345678Z")]  // a wrong check digit is no tax id
    [InlineData("VATFR-12345678901", null, null)]                     // not Spanish
    [InlineData(null, "PASES-AB123456", null)]                        // a passport number, not a NIF
    [InlineData(null, "IDCES-12345678A", null)]                       // wrong letter
    [InlineData(null, null, null)]
    public void The_tax_id_is_read_from_organizationIdentifier_then_serialNumber(string? organizationIdentifier, string? serialNumber,
        string? expected) =>
        CertificateTaxId.Of(organizationIdentifier, serialNumber).ShouldBe(expected);

    [Fact]
    public void An_expired_or_not_yet_valid_certificate_is_refused_as_422_on_the_file()
    {
        var expired = Details(Now.AddYears(-2), Now.AddSeconds(-1));
        var notYet = Details(Now.AddSeconds(1), Now.AddYears(2));
        foreach (var certificate in new[] { expired, notYet })
        {
            var refused = Should.Throw<DomainValidationException>(() => BusinessSettings.InstallCertificate(Profile, null, certificate, Now));
            refused.Unprocessable.ShouldBeTrue();
            refused.Errors.Keys.ShouldBe(["file"]);
        }
    }

    [Fact]
    public void Installing_the_one_installed_records_nothing_and_removing_none_records_nothing()
    {
        var certificate = Details(Now.AddDays(-1), Now.AddYears(1));
        var installed = BusinessSettings.InstallCertificate(Profile, null, certificate, Now).ShouldNotBeNull();
        var settings = BusinessSettings.Create(installed);
        settings.Certificate.ShouldBe(certificate);
        BusinessSettings.InstallCertificate(Profile, settings, certificate, Now).ShouldBeNull();
        BusinessSettings.InstallCertificate(Profile, settings, certificate with { Thumbprint = "AB" }, Now).ShouldNotBeNull();

        var removed = BusinessSettings.RemoveCertificate(Profile, settings).ShouldNotBeNull();
        settings.Apply(removed).Certificate.ShouldBeNull();
        BusinessSettings.RemoveCertificate(Profile, settings.Apply(removed)).ShouldBeNull();
    }

    private static BusinessCertificateDetails Details(DateTimeOffset notBefore, DateTimeOffset notAfter) =>
        new("CN=Prueba", "B64717838", "CN=AC", notBefore, notAfter, "00FF");
}
