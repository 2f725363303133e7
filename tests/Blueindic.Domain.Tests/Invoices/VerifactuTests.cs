using Blueindic.Domain.Invoices;

namespace Blueindic.Domain.Tests.Invoices;

/// <summary>The four hash vectors of SPAIN.md: the AEAT's own, and three chained on it (each recomputed with sha256sum).</summary>
public sealed class VerifactuTests
{
    private const string First = "3C464DAF61ACB827C65FDA19F352A4E3BDC2C640E9E9FC4CC058073F38F12F60";
    private const string Second = "F7B94CFD8924EDFF273501B01EE5153E4CE8F259766F88CF6ACB8935802A2B97";

    [Fact]
    public void The_official_test_vector_hashes_to_the_character()
    {
        Verifactu.AltaHash("89890001K", "12345678/G33", "01-01-2024", "F1", "12.35", "123.45", "", "2024-01-01T19:20:30+01:00")
            .ShouldBe(First);
    }

    [Fact]
    public void A_chained_alta_hashes_the_previous_hash()
    {
        Verifactu.AltaHash("89890001K", "12345679/G34", "01-01-2024", "F1", "12.35", "123.45", First, "2024-01-01T19:20:35+01:00")
            .ShouldBe(Second);
    }

    [Fact]
    public void An_anulacion_hashes_the_annulled_invoice_and_the_previous_hash()
    {
        Verifactu.AnulacionHash("89890001K", "12345679/G34", "01-01-2024", Second, "2024-01-01T19:20:40+01:00")
            .ShouldBe("177547C0D57AC74748561D054A9CEC14B4C4EA23D1BEFD6F2E69E3A388F90C68");
    }

    [Fact]
    public void An_R3_hashes_its_amounts_as_written()
    {
        const string previous = "C9AF4AF1EF5EBBA700350DE3EEF12C2D355C56AC56F13DB2A25E0031BD2B7ED5";
        Verifactu.AltaHash("89890001K", "12345678-G66", "03-02-2025", "R3", "41.4", "241.4", previous, "2025-02-03T14:30:00+01:00")
            .ShouldBe("FF954378B64ED331A9B2366AD317D86E9DEC1716B12DD0ACCB172A6DC4C105AA");
        // The same amounts written with two decimals are another record.
        Verifactu.AltaHash("89890001K", "12345678-G66", "03-02-2025", "R3", "41.40", "241.40", previous, "2025-02-03T14:30:00+01:00")
            .ShouldNotBe("FF954378B64ED331A9B2366AD317D86E9DEC1716B12DD0ACCB172A6DC4C105AA");
    }

    [Fact]
    public void A_record_hashes_the_texts_it_writes()
    {
        var record = VerifactuRecord.Create(1, "89890001K", "12345678/G33", new DateOnly(2024, 1, 1), "F1", 12.35m, 123.45m, "",
            new DateTimeOffset(2024, 1, 1, 19, 20, 30, TimeSpan.FromHours(1)));
        record.Hash.ShouldBe(First);
        (record.CuotaTotal, record.ImporteTotal).ShouldBe(("12.35", "123.45"));
        VerifactuRecord.Create(2, "89890001K", "R-2025-0001", new DateOnly(2025, 2, 3), "R3", 41.4m, 241.4m, "",
            new DateTimeOffset(2025, 2, 3, 14, 30, 0, TimeSpan.FromHours(1))).ImporteTotal.ShouldBe("241.40");
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
    public void An_annulment_record_gives_the_vector_and_knows_when_edited()
    {
        var record = VerifactuAnnulmentRecord.Create(3, "89890001K", "12345679/G34", new DateOnly(2024, 1, 1), Second,
            new DateTimeOffset(2024, 1, 1, 19, 20, 40, TimeSpan.FromHours(1)));
        record.Hash.ShouldBe("177547C0D57AC74748561D054A9CEC14B4C4EA23D1BEFD6F2E69E3A388F90C68");
        record.HashMatchesFields().ShouldBeTrue();
        (record with { Number = "12345679/G35" }).HashMatchesFields().ShouldBeFalse();
    }

    [Theory]
    [InlineData(null, "F1")]
    [InlineData(CorrectionGround.Error, "R1")]
    [InlineData(CorrectionGround.Insolvency, "R2")]
    [InlineData(CorrectionGround.Uncollectible, "R3")]
    [InlineData(CorrectionGround.Other, "R4")]
    public void The_ground_of_a_correction_sets_the_invoice_type(CorrectionGround? ground, string type) =>
        Verifactu.InvoiceType(ground).ShouldBe(type);

    [Fact]
    public void The_QR_URL_encodes_the_number()
    {
        Verifactu.QrUrl("89890001K", "12345678/G33", new DateOnly(2024, 1, 1), 241.4m).ShouldBe(
            "https://www2.agenciatributaria.gob.es/wlpl/TIKE-CONT/ValidarQR?nif=89890001K&numserie=12345678%2FG33&fecha=01-01-2024&importe=241.40");
    }
}
