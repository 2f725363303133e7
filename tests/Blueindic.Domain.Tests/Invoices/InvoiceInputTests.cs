using Blueindic.Domain.Common;
using Blueindic.Domain.Invoices;

namespace Blueindic.Domain.Tests.Invoices;

public sealed class InvoiceInputTests
{
    private static readonly DateOnly Today = new(2026, 11, 27);
    private static InvoiceLineInput Line(decimal? qty = 1, decimal? price = 10, decimal? vat = 21, decimal? discount = null, string? description = "Servicio") =>
        new(description, qty, price, discount, vat);

    private static IReadOnlyList<string> Errors(IssueInvoiceInput input)
    {
        var errors = new ValidationErrors();
        input.IsValid(errors, Today, out _);
        return errors.ToDictionary().Keys.ToList();
    }

    private static IssueInvoiceInput Valid => new(Guid.NewGuid(), null, null, null, null, null, [Line()]);

    [Fact]
    public void A_plain_invoice_is_valid_and_defaults_to_series_F_today_and_the_client_terms()
    {
        Errors(Valid).ShouldBeEmpty();
        var request = Valid.ToRequest(Guid.NewGuid(), [], Today, 45);
        (request.Series, request.IssueDate, request.DueDate, request.WithholdingRate).ShouldBe(("F", Today, Today.AddDays(45), 0m));
    }

    public static TheoryData<IssueInvoiceInput, string> Refused => new()
    {
        { Valid with { ClientId = null }, "clientId" },
        { Valid with { Series = "R" }, "series" },
        { Valid with { Series = "f" }, "series" },
        { Valid with { Series = "ABCDEFGHIJK" }, "series" },
        { Valid with { WithholdingRate = 21 }, "withholdingRate" },
        { Valid with { IssueDate = Today, DueDate = Today.AddDays(-1) }, "dueDate" },
        { Valid with { DueDate = Today.AddDays(-1) }, "dueDate" },
        { Valid with { Lines = [] }, "lines" },
        { Valid with { Lines = null }, "lines" },
        { Valid with { Lines = Enumerable.Repeat(Line(), 501).ToList() }, "lines" },
        { Valid with { Lines = [Line(qty: 0)] }, "lines[0].quantity" },
        { Valid with { Lines = [Line(qty: 1.0001m)] }, "lines[0].quantity" },
        { Valid with { Lines = [Line(price: -1)] }, "lines[0].unitPrice" },
        { Valid with { Lines = [Line(price: 1.00001m)] }, "lines[0].unitPrice" },
        { Valid with { Lines = [Line(vat: 7)] }, "lines[0].vatRate" },
        { Valid with { Lines = [Line(discount: 101)] }, "lines[0].discountPercent" },
        { Valid with { Lines = [Line(), Line(description: " ")] }, "lines[1].description" },
        { Valid with { Lines = [Line(description: new string('d', 501))] }, "lines[0].description" },
        { Valid with { Lines = [Line(description: "Pan\u0000")] }, "lines[0].description" },
        { Valid with { Notes = "nota\u0007" }, "notes" },
        { Valid with { Lines = [Line(qty: 100000000000000000000m, price: 100000000000m)] }, "lines[0].quantity" },
        { Valid with { Lines = [Line(qty: 1, price: 100000000000m)] }, "lines[0].unitPrice" },
        { Valid with { IssueDate = Today.AddDays(1) }, "issueDate" },
        { Valid with { IssueDate = new DateOnly(1999, 12, 31) }, "issueDate" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void Broken_rules_name_their_field(IssueInvoiceInput input, string field) => Errors(input).ShouldContain(field);

    [Fact]
    public void Corrections_accept_negative_quantities_and_prices_but_not_zero()
    {
        var errors = new ValidationErrors();
        InvoiceLineRules.Validate([Line(qty: -1), Line(price: -5)], correction: true, errors).ShouldNotBeNull();
        InvoiceLineRules.Validate([Line(qty: 0)], correction: true, errors).ShouldBeNull();
    }
}
