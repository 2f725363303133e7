using Blueindic.Domain.Clients;
using Blueindic.Projections.Clients;
using Marten;
using Blueindic.Api.Http;
using Blueindic.Api.Common;

namespace Blueindic.Api.Clients;

/// <summary>A client as the API shows it.</summary>
/// <param name="Version">The stream version; also sent as the <c>ETag</c> header.</param>
public sealed record ClientResponse(
    Guid Id,
    string Name,
    string? LegalName,
    string? TaxId,
    string? Email,
    string? Phone,
    Address Address,
    int PaymentTermsDays,
    bool EquivalenceSurcharge,
    string? Notes,
    bool Archived,
    DateTimeOffset CreatedAt,
    long Version)
{
    public static ClientResponse From(ClientView v) => new(
        v.Id, v.Details.Name, v.Details.LegalName, v.Details.TaxId, v.Details.Email, v.Details.Phone, v.Details.Address,
        v.Details.PaymentTermsDays, v.Details.EquivalenceSurcharge, v.Details.Notes, v.Archived, v.CreatedAt, v.Version);

    /// <summary>A command on an existing client, answering the client as it now is.</summary>
    internal static Task<IResult> Command(Guid id, IDocumentSession session, HttpRequest request,
        Func<Client, Task<object?>> decide, CancellationToken ct) =>
        StreamCommand.Run(id, "client", session, request, decide,
            async () => Results.Ok(await AfterCommand(session, id, request.HttpContext.Response, ct)), ct);

    /// <summary>Reads the view a command just projected (inline, same transaction) and answers it with its ETag.</summary>
    internal static async Task<ClientResponse> AfterCommand(IQuerySession session, Guid id, HttpResponse response, CancellationToken ct)
    {
        var view = await session.LoadAsync<ClientView>(id, ct)
                   ?? throw new InvalidOperationException($"Client view {id} missing right after its command.");
        response.SetETag(view.Version);
        return From(view);
    }
}
