using Blueindic.Domain.Common;

namespace Blueindic.Domain.Clients.Imports;

/// <summary>One problem with one cell (or row) of an import; <see cref="Row"/> is the spreadsheet's row number.</summary>
public sealed record ImportRowError(int Row, string Column, string? Value, string Message)
{
    /// <summary>An error quoting the cell safely (the report is stored and shown; the cell may be anything).</summary>
    public static ImportRowError Of(int row, string column, string? value, string message) =>
        new(row, SpreadsheetText.Quote(column)!, SpreadsheetText.Quote(value), message);
}
