using Blueindic.Domain.Common;

namespace Blueindic.Domain.Clients.Imports;

/// <summary>Which cell of a row holds which column, read from the header row.</summary>
public sealed class ClientSheetHeader
{
    private readonly Dictionary<ClientColumn, (int Index, string Header)> _columns = [];

    public IReadOnlyList<IgnoredColumn> Ignored { get; }

    private ClientSheetHeader(IReadOnlyList<IgnoredColumn> ignored) => Ignored = ignored;

    /// <summary>Reads the header row. The first cell naming a column wins; later ones are ignored and reported.</summary>
    public static ClientSheetHeader Read(IReadOnlyList<string?> cells)
    {
        var ignored = new List<IgnoredColumn>();
        var header = new ClientSheetHeader(ignored);
        for (var i = 0; i < cells.Count; i++)
        {
            var text = cells[i]?.Trim();
            if (string.IsNullOrEmpty(text)) continue;
            text = SpreadsheetText.Quote(text, 100)!;
            if (ClientColumns.Match(text) is not { } column) ignored.Add(new IgnoredColumn(text, "Unknown column; ignored."));
            else if (header._columns.TryGetValue(column, out var first)) ignored.Add(new IgnoredColumn(text, $"Same column as '{first.Header}'; ignored."));
            else header._columns[column] = (i, text);
        }
        return header;
    }

    public bool HasName => Has(ClientColumn.Name);

    public bool Has(ClientColumn column) => _columns.ContainsKey(column);

    /// <summary>The header as the file spells it, else the Spanish one.</summary>
    public string HeaderOf(ClientColumn column) =>
        _columns.TryGetValue(column, out var c) ? c.Header : ClientColumns.SpanishHeader(column);

    /// <summary>The trimmed cell of that column in a row; null when the file has no such column or the cell is blank.</summary>
    public string? Cell(IReadOnlyList<string?> row, ClientColumn column)
    {
        if (!_columns.TryGetValue(column, out var c) || c.Index >= row.Count) return null;
        var value = SpreadsheetText.Restore(row[c.Index])?.Trim();
        return string.IsNullOrEmpty(value) ? null : value;
    }
}
