using System.Linq.Expressions;
using Marten.Linq.Members;
using Marten.Schema;

namespace Blueindic.Api.Sql;

/// <summary>
/// A document type's table as the store maps it: its schema-qualified name, its tenant column and the
/// columns of its duplicated fields. The SQL in this folder takes every name from here, so a renamed
/// type, schema or duplicated member changes the SQL with it, or fails on first use, instead of
/// querying a table or column that is not there.
/// </summary>
internal sealed class DocumentTable<T>
{
    private readonly IReadOnlyList<DuplicatedField> _duplicated;

    private DocumentTable(IDocumentType mapping)
    {
        Table = mapping.TableName;
        Name = mapping.TableName.QualifiedName;
        TenantId = mapping.Metadata.TenantId.Name;
        _duplicated = mapping.DuplicatedFields;
    }

    public static DocumentTable<T> Of(IDocumentStore store) => new(store.Options.FindOrResolveDocumentType(typeof(T)));

    public static DocumentTable<T> Of(StoreOptions options) => new(((Marten.IReadOnlyStoreOptions)options).FindOrResolveDocumentType(typeof(T)));

    public Weasel.Core.DbObjectName Table { get; }

    public string Name { get; }

    public string TenantId { get; }

    /// <summary>
    /// The id and the JSON body: columns every Marten document table has under these names, which the
    /// mapping does not expose.
    /// </summary>
    public string Id => "id";

    public string Data => "data";

    /// <summary>The column of a duplicated field (<c>Duplicate</c> or <see cref="ReadModelColumns"/>).</summary>
    public string Column(Expression<Func<T, object?>> member)
    {
        var path = MemberPath.Name(MemberPath.Of(member));
        return _duplicated.FirstOrDefault(f => MemberPath.Name(f.Members) == path)?.ColumnName
               ?? throw new InvalidOperationException($"{typeof(T).Name}.{path} is not a duplicated field: SQL cannot read it as a column.");
    }
}
