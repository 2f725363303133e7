using Blueindic.Domain.Common;

namespace Blueindic.Domain.Invoices;

public static class InvoiceLineRules
{
    public const int MaxLines = 500;
    public const decimal MaxQuantity = 1_000_000m;
    public const decimal MaxUnitPrice = 10_000_000m;

    /// <param name="correction">Corrections by differences may carry negative quantities and prices.</param>
    public static List<LineInput>? Validate(IReadOnlyList<InvoiceLineInput?>? lines, bool correction, ValidationErrors errors)
    {
        if (lines is null || lines.Count == 0) { errors.Add("lines", "At least one line is required."); return null; }
        if (lines.Count > MaxLines) { errors.Add("lines", $"At most {MaxLines} lines."); return null; }
        var valid = new List<LineInput>();
        for (var i = 0; i < lines.Count; i++)
        {
            var field = $"lines[{i}]";
            if (lines[i] is not { } line) { errors.Add(field, "A line is required."); continue; }
            var before = errors.ToDictionary().Count;
            var description = FreeText.Required(line.Description, $"{field}.description", 500, errors);

            var quantity = line.Quantity ?? 0;
            if (line.Quantity is null || (correction ? quantity == 0 : quantity <= 0))
                errors.Add($"{field}.quantity", correction ? "A quantity other than 0 is required." : "A quantity greater than 0 is required.");
            else if (!Money.HasAtMostDecimals(quantity, 3)) errors.Add($"{field}.quantity", "At most 3 decimals.");

            var price = line.UnitPrice ?? -1;
            if (line.UnitPrice is null || (!correction && price < 0))
                errors.Add($"{field}.unitPrice", "A unit price of 0 or more is required.");
            else if (!Money.HasAtMostDecimals(price, 4)) errors.Add($"{field}.unitPrice", "At most 4 decimals.");
            // Bounds first, so the line amount can never overflow a decimal.
            if (Math.Abs(quantity) > MaxQuantity) errors.Add($"{field}.quantity", $"At most {MaxQuantity:0} in absolute value.");
            if (Math.Abs(price) > MaxUnitPrice) errors.Add($"{field}.unitPrice", $"At most {MaxUnitPrice:0} in absolute value.");

            var discount = line.DiscountPercent ?? 0;
            if (discount is < 0 or > 100 || !Money.HasAtMostDecimals(discount, 2))
                errors.Add($"{field}.discountPercent", "A discount is 0 to 100 percent, up to 2 decimals.");

            if (line.VatRate is not { } vat || !TaxRates.Vat.Contains(vat))
                errors.Add($"{field}.vatRate", "The VAT rate is one of 0, 4, 10, 21.");

            if (errors.ToDictionary().Count == before)
                valid.Add(new LineInput(description!, quantity, price, discount, line.VatRate!.Value));
        }
        return errors.IsEmpty ? valid : null;
    }
}
