using System.Runtime.CompilerServices;

namespace Blueindic.Api.Sql;

/// <summary>
/// One statement's text, written from a store's mapping the first time that store runs it and kept:
/// the names never change once the store is built. Kept per store, since a process may hold more
/// than one (tests, the benchmark's baselines).
/// </summary>
internal sealed class StatementText(Func<IDocumentStore, string> write)
{
    private readonly ConditionalWeakTable<IDocumentStore, string> _texts = new();

    /// <summary>A statement over one document type's table.</summary>
    public static StatementText Over<T>(Func<DocumentTable<T>, string> write) => new(store => write(DocumentTable<T>.Of(store)));

    public string For(IDocumentStore store) => _texts.GetValue(store, s => write(s));

    public string For(IQuerySession session) => For(session.DocumentStore);
}
