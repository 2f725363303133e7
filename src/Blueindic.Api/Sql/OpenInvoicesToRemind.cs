using Blueindic.Projections.Invoices;

namespace Blueindic.Api.Sql;

/// <summary>An open invoice the reminder scan considers, with what its schedule needs.</summary>
public sealed record InvoiceToRemind(string TenantId, Guid Id, DateOnly IssueDate, DateOnly DueDate, int? LastReminderStep);

/// <summary>
/// Every business's invoices with something due, nothing written off and a due date no later than
/// <c>latestDue</c>: the candidates of a reminder scan, read across tenants (which a tenant's session
/// cannot do) from the duplicated columns, never the JSON.
/// </summary>
internal static class OpenInvoicesToRemind
{
    private static readonly StatementText Text = StatementText.Over<InvoiceView>(v => $"""
        select json_build_object('TenantId', d.{v.TenantId}, 'Id', d.{v.Id}, 'IssueDate', d.{v.Column(x => x.IssueDate)},
          'DueDate', d.{v.Column(x => x.DueDate)}, 'LastReminderStep', d.{v.Column(x => x.LastReminderStep)})
        from {v.Name} d
        where d.{v.Column(x => x.AmountDue)} > 0 and d.{v.Column(x => x.Balance.WrittenOff)} = 0 and d.{v.Column(x => x.DueDate)} <= ?
        """);

    public static Task<IReadOnlyList<InvoiceToRemind>> ListAsync(IQuerySession session, DateOnly latestDue, CancellationToken ct) =>
        session.QueryAsync<InvoiceToRemind>(Text.For(session), ct, latestDue);
}
