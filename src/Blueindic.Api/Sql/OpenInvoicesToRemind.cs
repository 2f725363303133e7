using Blueindic.Domain.Clients;
using Blueindic.Projections.Clients;
using Blueindic.Projections.Invoices;

namespace Blueindic.Api.Sql;

/// <summary>An open invoice the reminder scan considers, with what its schedule needs.</summary>
public sealed record InvoiceToRemind(string TenantId, Guid Id, DateOnly IssueDate, DateOnly DueDate, int? LastReminderStep);

/// <summary>
/// Every business's invoices with something due, nothing written off and a due date no later than
/// <c>latestDue</c>, whose client takes reminders and has an email: the candidates of a reminder scan,
/// read across tenants (which a tenant's session cannot do) from the invoices' duplicated columns, by
/// business and due date. The batches that follow check all of it again at the moment of sending.
/// </summary>
internal static class OpenInvoicesToRemind
{
    private static readonly StatementText Text = new(store =>
    {
        var v = DocumentTable<InvoiceView>.Of(store);
        var c = DocumentTable<ClientView>.Of(store);
        var details = $"c.{c.Data} -> '{nameof(ClientView.Details)}'";
        return $"""
            select json_build_object('TenantId', d.{v.TenantId}, 'Id', d.{v.Id}, 'IssueDate', d.{v.Column(x => x.IssueDate)},
              'DueDate', d.{v.Column(x => x.DueDate)}, 'LastReminderStep', d.{v.Column(x => x.LastReminderStep)})
            from {v.Name} d
            join {c.Name} c on c.{c.TenantId} = d.{v.TenantId} and c.{c.Id} = d.{v.Column(x => x.ClientId)}
            where d.{v.Column(x => x.AmountDue)} > 0 and d.{v.Column(x => x.Balance.WrittenOff)} = 0 and d.{v.Column(x => x.DueDate)} <= ?
              and coalesce(({details} ->> '{nameof(ClientDetails.Reminders)}')::boolean, true)
              and {details} ->> '{nameof(ClientDetails.Email)}' is not null
            order by d.{v.TenantId}, d.{v.Column(x => x.DueDate)}, d.{v.Id}
            """;
    });

    public static Task<IReadOnlyList<InvoiceToRemind>> ListAsync(IQuerySession session, DateOnly latestDue, CancellationToken ct) =>
        session.QueryAsync<InvoiceToRemind>(Text.For(session), ct, latestDue);
}
