using Blueindic.Domain.Clients;
using Blueindic.Domain.Clients.Imports;
using Blueindic.Domain.Common;

namespace Blueindic.Domain.Tests.Clients;

public sealed class ClientImportPlannerTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 15, 10, 0, 0, TimeSpan.Zero);

    private static ClientDetails Details(string name, string? taxId, string? phone = null) =>
        new(name, null, taxId, null, phone, Address.Empty, 30, false, null);

    private static ClientImportPlanner Planner(IEnumerable<Client> existing, ImportMode mode, params string?[] header) =>
        new(existing, ClientSheetHeader.Read(header), mode, Now);

    [Theory]
    [InlineData("Razón Social", ClientColumn.LegalName)]
    [InlineData("RAZON_SOCIAL", ClientColumn.LegalName)]
    [InlineData(" e-mail ", ClientColumn.Email)]
    [InlineData("Código Postal", ClientColumn.PostalCode)]
    [InlineData("C.P.", ClientColumn.PostalCode)]
    [InlineData("Zip code", ClientColumn.PostalCode)]
    [InlineData("N.I.F.", ClientColumn.TaxId)]
    [InlineData("Tax ID", ClientColumn.TaxId)]
    [InlineData("Días de pago", ClientColumn.PaymentTermsDays)]
    [InlineData("Payment terms", ClientColumn.PaymentTermsDays)]
    [InlineData("Móvil", ClientColumn.Phone)]
    [InlineData("Observaciones", ClientColumn.Notes)]
    public void Headers_match_ignoring_case_accents_spaces_and_punctuation(string header, ClientColumn column) =>
        ClientColumns.Match(header).ShouldBe(column);

    [Theory]
    [InlineData("8001", null, "08001")]
    [InlineData("8001", "España", "08001")]
    [InlineData("8001", "es", "08001")]
    [InlineData("1000", "BE", "1000")]
    [InlineData("08001", null, "08001")]
    [InlineData("800", null, null)] // too short to be a Spanish code that lost its zero: refused
    public void A_Spanish_postal_code_that_a_number_cell_cut_to_4_digits_gets_its_leading_zero(string cell, string? country, string? expected)
    {
        var header = ClientSheetHeader.Read(["Nombre", "CP", "País"]);
        var errors = new List<ImportRowError>();

        var details = ClientImportRow.Read(2, ["Cliente", cell, country], header, null, errors);

        details?.Address.PostalCode.ShouldBe(expected);
        (details is null).ShouldBe(expected is null);
    }

    [Fact]
    public void Unknown_and_repeated_headers_are_reported()
    {
        var header = ClientSheetHeader.Read(["Nombre", "Comercial", "Teléfono", "Móvil", null]);

        header.Ignored.Select(i => i.Column).ShouldBe(["Comercial", "Móvil"]);
        header.Ignored[1].Reason.ShouldContain("Teléfono");
    }

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+34 600", "'+34 600")]
    [InlineData("-5", "'-5")]
    [InlineData("@x", "'@x")]
    [InlineData("\tx", "'\tx")]
    [InlineData("plain", "plain")]
    [InlineData("'quoted", "'quoted")]
    [InlineData("'=x", "''=x")]
    [InlineData("''+1", "'''+1")]
    public void Cells_a_spreadsheet_would_run_are_neutralised_and_restored(string text, string written)
    {
        SpreadsheetText.Neutralise(text).ShouldBe(written);
        SpreadsheetText.Restore(written).ShouldBe(text);
    }

    [Theory]
    [InlineData("=1+1", "=1+1")]
    [InlineData("+34 600", "+34 600")]
    [InlineData("-5", "-5")]
    [InlineData("@x", "@x")]
    [InlineData("plain", "plain")]
    [InlineData("'quoted", "'quoted")]
    [InlineData("'=x", "''=x")]
    [InlineData("''+1", "'''+1")]
    public void Xlsx_text_is_written_as_it_is_and_restored_unchanged(string text, string written)
    {
        SpreadsheetText.ForXlsx(text).ShouldBe(written);
        SpreadsheetText.Restore(written).ShouldBe(text);
    }

    [Fact]
    public void A_new_row_creates_with_the_defaults_for_absent_columns()
    {
        var decision = Planner([], ImportMode.Upsert, "Nombre", "NIF").Decide(2, ["Ebro", "12345678z"]);

        decision.Outcome.ShouldBe(RowOutcome.Created);
        var registered = decision.Event.ShouldBeOfType<ClientRegistered>();
        registered.ToDetails().ShouldBe(Details("Ebro", "12345678Z"));
        registered.RegisteredAt.ShouldBe(Now);
    }

    [Fact]
    public void A_row_matching_a_tax_id_changes_only_its_columns_and_an_identical_one_is_unchanged()
    {
        var client = new Client(Guid.NewGuid(), Details("Ebro", "12345678Z", phone: "941000000"), false);
        var planner = Planner([client], ImportMode.Upsert, "NIF", "Nombre");

        var changed = planner.Decide(2, ["12345678Z", "Ebro SL"]);

        changed.Outcome.ShouldBe(RowOutcome.Updated);
        var change = changed.Event.ShouldBeOfType<ClientDetailsChanged>();
        (change.Name, change.Phone, change.Cleared!.Count).ShouldBe(("Ebro SL", null, 0));
        Planner([client], ImportMode.Upsert, "NIF", "Nombre").Decide(2, ["12345678Z", "Ebro"]).Outcome.ShouldBe(RowOutcome.Unchanged);
    }

    [Fact]
    public void A_blank_cell_in_a_column_the_file_has_clears_the_field()
    {
        var client = new Client(Guid.NewGuid(), Details("Ebro", "12345678Z", phone: "941000000"), false);

        var change = Planner([client], ImportMode.Upsert, "NIF", "Teléfono").Decide(2, ["12345678Z", " "]).Event.ShouldBeOfType<ClientDetailsChanged>();

        change.Cleared.ShouldBe(["Phone"]);
    }

    [Fact]
    public void A_blank_terms_cell_gives_the_business_default_as_PUT_api_clients_does()
    {
        var client = new Client(Guid.NewGuid(), Details("Ebro", "12345678Z") with { PaymentTermsDays = 10 }, false);
        var planner = new ClientImportPlanner([client], ClientSheetHeader.Read(["NIF", "Días de pago"]), ImportMode.Upsert, Now, defaultPaymentTermsDays: 45);

        var change = planner.Decide(2, ["12345678Z", ""]).Event.ShouldBeOfType<ClientDetailsChanged>();

        change.PaymentTermsDays.ShouldBe(45);
        ClientDetailsInput.Validated(new ClientDetailsInput("Ebro", TaxId: "12345678Z"), 45).PaymentTermsDays.ShouldBe(45);
    }

    [Fact]
    public void Repeated_tax_ids_in_the_file_keep_the_first_row()
    {
        var planner = Planner([], ImportMode.Upsert, "Nombre", "NIF");

        planner.Decide(2, ["Uno", "B12345674"]).Outcome.ShouldBe(RowOutcome.Created);
        var repeat = planner.Decide(3, ["Dos", "b-12345674"]);

        repeat.Outcome.ShouldBe(RowOutcome.Failed);
        repeat.Errors.Single().ShouldBe(new ImportRowError(3, "NIF", "b-12345674", "Tax id B12345674 already appears in row 2; this row is skipped."));
    }

    [Fact]
    public void A_tax_id_taken_by_another_client_and_edits_of_archived_clients_are_refused()
    {
        var ebro = new Client(Guid.NewGuid(), Details("Ebro", "12345678Z"), false);
        var other = new Client(Guid.NewGuid(), Details("Otro", "B12345674"), true);
        Planner([ebro, other], ImportMode.Upsert, "Id", "Nombre", "NIF").Decide(2, [ebro.Id.ToString(), "Ebro", "B12345674"])
            .Errors.Single().Message.ShouldContain("already belongs");
        Planner([ebro, other], ImportMode.Upsert, "Id", "Nombre", "NIF").Decide(2, [other.Id.ToString(), "Otro 2", "B12345674"])
            .Errors.Single().Message.ShouldContain("archived");
    }

    [Fact]
    public void Create_only_leaves_a_matching_client_unchanged()
    {
        var ebro = new Client(Guid.NewGuid(), Details("Ebro", "12345678Z"), false);

        var decision = Planner([ebro], ImportMode.CreateOnly, "Nombre", "NIF").Decide(2, ["Otro nombre", "12345678Z"]);

        (decision.Outcome, decision.ClientId, decision.Event).ShouldBe((RowOutcome.Unchanged, ebro.Id, null));
    }

    [Theory]
    [InlineData("treinta", "Días de pago")]
    [InlineData("30,5", "Días de pago")]
    [InlineData("400", "Días de pago")]
    public void Bad_cells_are_reported_under_the_files_own_header(string terms, string column)
    {
        var decision = Planner([], ImportMode.Upsert, "Nombre", "Días de pago").Decide(7, ["Ebro", terms]);

        decision.Outcome.ShouldBe(RowOutcome.Failed);
        decision.Errors.Single().Row.ShouldBe(7);
        decision.Errors.Single().Column.ShouldBe(column);
    }

    [Theory]
    [InlineData("Sí", true)]
    [InlineData("x", true)]
    [InlineData("NO", false)]
    [InlineData("", false)]
    public void The_surcharge_reads_yes_and_no_in_both_languages(string cell, bool expected) =>
        Planner([], ImportMode.Upsert, "Nombre", "Recargo").Decide(2, ["Ebro", cell])
            .Event.ShouldBeOfType<ClientRegistered>().Details.EquivalenceSurcharge.ShouldBe(expected);
}
