using Blueindic.Projections.Common;
using Blueindic.Domain.Clients;
using static Blueindic.Domain.Common.SearchText;
using Marten.Events.Aggregation;

namespace Blueindic.Projections.Clients;

/// <summary>A client as the API shows it, one document per client stream; also what the list pages over.</summary>
public sealed class ClientView : IStreamView
{
    public Guid Id { get; set; }
    public long Version { get; set; }
    public ClientDetails Details { get; set; } = null!;
    public bool Archived { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Name, legal name, tax id and e-mail folded for accent- and case-insensitive search.</summary>
    public string SearchText { get; set; } = "";

    /// <summary>Folded name + id: a unique, stable order for keyset paging.</summary>
    public string SortKey { get; set; } = "";

    public string? TaxId { get; set; }

    /// <summary>The client as its decisions see it (a view read in the command's session, not a replay).</summary>
    public Client ToClient() => new(Id, Details, Archived);

    internal void Refresh(ClientDetails details)
    {
        Details = details;
        TaxId = details.TaxId;
        SearchText = Fold(string.Join(' ', details.Name, details.LegalName, details.TaxId, details.Email));
        SortKey = $"{Fold(details.Name)}|{Id:N}";
    }
}

/// <summary>
/// Inline, one document per client stream. Fed by: <see cref="ClientRegistered"/>, <see cref="ClientDetailsChanged"/>,
/// <see cref="ClientArchived"/>, <see cref="ClientRestored"/>.
/// </summary>
public sealed partial class ClientViewProjection : SingleStreamProjection<ClientView, Guid>
{
    public static ClientView Create(ClientRegistered e)
    {
        var view = new ClientView { Id = e.ClientId, CreatedAt = e.RegisteredAt };
        view.Refresh(e.ToDetails());
        return view;
    }

    public static void Apply(ClientDetailsChanged e, ClientView view) => view.Refresh(view.Details.Apply(e));
    public static void Apply(ClientArchived _, ClientView view) => view.Archived = true;
    public static void Apply(ClientRestored _, ClientView view) => view.Archived = false;
}
