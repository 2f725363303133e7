using Blueindic.Domain.Invoices;

namespace Blueindic.Domain.Tests.Invoices;

public sealed class VerifactuTests
{
    [Fact]
    public void The_official_test_vector_hashes_to_the_character()
    {
        var hash = Verifactu.AltaHash("89890001K", "12345678/G33", new DateOnly(2024, 1, 1), "F1", 12.35m, 123.45m, "",
            new DateTimeOffset(2024, 1, 1, 19, 20, 30, TimeSpan.FromHours(1)));
        hash.ShouldBe("3C464DAF61ACB827C65FDA19F352A4E3BDC2C640E9E9FC4CC058073F38F12F60");
    }

    [Fact]
    public void A_record_knows_whether_its_fields_still_give_its_hash()
    {
        var record = VerifactuRecord.Create(1, "89890001K", "12345678/G33", new DateOnly(2024, 1, 1), "F1", 12.35m, 123.45m, "",
            new DateTimeOffset(2024, 1, 1, 19, 20, 30, TimeSpan.FromHours(1)));
        record.HashMatchesFields().ShouldBeTrue();
        (record with { GrossTotal = 123.46m }).HashMatchesFields().ShouldBeFalse();
        (record with { PreviousHash = "AB" }).HashMatchesFields().ShouldBeFalse();
    }

    [Fact]
    public void The_QR_URL_encodes_the_number()
    {
        Verifactu.QrUrl("89890001K", "12345678/G33", new DateOnly(2024, 1, 1), 241.4m).ShouldBe(
            "https://www2.agenciatributaria.gob.es/wlpl/TIKE-CONT/ValidarQR?nif=89890001K&numserie=12345678%2FG33&fecha=01-01-2024&importe=241.40");
    }
}
