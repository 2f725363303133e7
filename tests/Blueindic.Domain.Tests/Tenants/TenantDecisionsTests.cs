using Blueindic.Domain.Clients;
using Blueindic.Domain.Common;
using Blueindic.Domain.Tenants;

namespace Blueindic.Domain.Tests.Tenants;

public sealed class TenantDecisionsTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 10, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("12345678Z")]
    [InlineData("X1234567L")]
    [InlineData("B64717838")]
    public void A_business_registers_with_a_Spanish_tax_id(string taxId)
    {
        var registered = TenantDecisions.Register(Guid.NewGuid(), "Estudio", TaxId.Parse(taxId), Address.Empty, Now);
        registered.TaxId.ShouldBe(taxId);
        registered.Address!.ToAddress().ShouldBe(Address.Empty);
    }

    [Fact]
    public void An_EU_VAT_number_cannot_head_Spanish_invoices()
    {
        var refused = Should.Throw<DomainValidationException>(() =>
            TenantDecisions.Register(Guid.NewGuid(), "Ausländer GmbH", TaxId.Parse("DE123456788"), null, Now));
        refused.Errors.Keys.ShouldBe(["taxId"]);
    }
}
