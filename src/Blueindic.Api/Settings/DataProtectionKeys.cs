using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace Blueindic.Api.Settings;

/// <summary>One key of the Data Protection key ring, as the key manager wrote it (XML, encrypted or not).</summary>
public sealed class DataProtectionKey
{
    public string Id { get; set; } = "";
    public string Xml { get; set; } = "";
}

/// <summary>
/// The Data Protection key ring in PostgreSQL (one Marten document per key, under the default tenant), so
/// every node of the API shares it and it survives redeploys. The key manager calls it rarely (start, new
/// key, refresh about daily) and synchronously.
/// </summary>
public sealed class DataProtectionKeys(IDocumentStore store) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        // IXmlRepository is synchronous; Marten is not. No synchronization context here, so no deadlock.
        using var session = store.QuerySession();
        return session.Query<DataProtectionKey>().ToListAsync().GetAwaiter().GetResult().Select(k => XElement.Parse(k.Xml)).ToList();
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var session = store.LightweightSession();
        session.Store(new DataProtectionKey { Id = friendlyName, Xml = element.ToString(SaveOptions.DisableFormatting) });
        session.SaveChangesAsync().GetAwaiter().GetResult();
    }
}
