using System.Collections;
using System.Collections.ObjectModel;
using System.Data.Common;

namespace Blueindic.Api.Common.Sheets;

/// <summary>
/// Presents already formatted text rows as the <see cref="DbDataReader"/> Sylvan's CSV writer
/// consumes, so quoting and escaping stay the library's job. Every field is a string.
/// </summary>
internal sealed class TextRowsDataReader(IReadOnlyList<string> headers, IAsyncEnumerable<string[]> rows, CancellationToken ct)
    : DbDataReader, IDbColumnSchemaGenerator
{
    private readonly IAsyncEnumerator<string[]> _rows = rows.GetAsyncEnumerator(ct);
    private string[] _current = [];
    private bool _closed;

    public override async Task<bool> ReadAsync(CancellationToken cancellationToken)
    {
        if (!await _rows.MoveNextAsync()) return false;
        _current = _rows.Current;
        return true;
    }

    public override bool Read() => ReadAsync(CancellationToken.None).GetAwaiter().GetResult();

    public ReadOnlyCollection<DbColumn> GetColumnSchema() =>
        headers.Select((name, i) => (DbColumn)new TextColumn(name, i)).ToList().AsReadOnly();

    private sealed class TextColumn : DbColumn
    {
        public TextColumn(string name, int ordinal)
        {
            ColumnName = name;
            ColumnOrdinal = ordinal;
            DataType = typeof(string);
            DataTypeName = "text";
            AllowDBNull = false;
        }
    }

    public override int FieldCount => headers.Count;
    public override string GetName(int ordinal) => headers[ordinal];
    public override int GetOrdinal(string name) => headers.ToList().IndexOf(name);
    public override Type GetFieldType(int ordinal) => typeof(string);
    public override string GetDataTypeName(int ordinal) => "text";
    public override string GetString(int ordinal) => _current[ordinal];
    public override object GetValue(int ordinal) => _current[ordinal];
    public override bool IsDBNull(int ordinal) => false;
    public override int GetValues(object[] values)
    {
        var n = Math.Min(values.Length, _current.Length);
        Array.Copy(_current, values, n);
        return n;
    }
    public override object this[int ordinal] => GetValue(ordinal);
    public override object this[string name] => GetValue(GetOrdinal(name));
    public override bool HasRows => true;
    public override bool IsClosed => _closed;
    public override int RecordsAffected => -1;
    public override int Depth => 0;
    public override bool NextResult() => false;
    public override IEnumerator GetEnumerator() => new DbEnumerator(this);
    public override async ValueTask DisposeAsync()
    {
        _closed = true;
        await _rows.DisposeAsync();
        await base.DisposeAsync();
    }

    // Typed getters: the writer asks only for strings, as GetFieldType says.
    private static InvalidCastException TextOnly() => new("Every field of this reader is text.");
    public override bool GetBoolean(int ordinal) => throw TextOnly();
    public override byte GetByte(int ordinal) => throw TextOnly();
    public override long GetBytes(int ordinal, long dataOffset, byte[]? buffer, int bufferOffset, int length) => throw TextOnly();
    public override char GetChar(int ordinal) => throw TextOnly();
    public override long GetChars(int ordinal, long dataOffset, char[]? buffer, int bufferOffset, int length) => throw TextOnly();
    public override DateTime GetDateTime(int ordinal) => throw TextOnly();
    public override decimal GetDecimal(int ordinal) => throw TextOnly();
    public override double GetDouble(int ordinal) => throw TextOnly();
    public override float GetFloat(int ordinal) => throw TextOnly();
    public override Guid GetGuid(int ordinal) => throw TextOnly();
    public override short GetInt16(int ordinal) => throw TextOnly();
    public override int GetInt32(int ordinal) => throw TextOnly();
    public override long GetInt64(int ordinal) => throw TextOnly();
}
