using Blueindic.Domain.Aeat;
using Blueindic.Projections.Invoices;

namespace Blueindic.Api.Sql;

/// <summary>Every business with VERI*FACTU records not yet answered by the AEAT: read across tenants.</summary>
internal static class TenantsWithPendingVerifactuRecords
{
    private static readonly StatementText Text = StatementText.Over<VerifactuRecordView>(records =>
        $"select distinct {records.TenantId} from {records.Name} where {records.Column(x => x.Status)} = '{VerifactuRecordStatus.Pending}'");

    public static Task<IReadOnlyList<string>> ListAsync(IQuerySession session, CancellationToken ct) =>
        session.QueryAsync<string>(Text.For(session), ct);
}
