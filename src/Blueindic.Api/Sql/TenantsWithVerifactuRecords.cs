using Blueindic.Projections.Invoices;

namespace Blueindic.Api.Sql;

/// <summary>Every business that has a VERI*FACTU chain: read across tenants, which a tenant's session cannot do.</summary>
internal static class TenantsWithVerifactuRecords
{
    private static readonly StatementText Text = StatementText.Over<VerifactuRecordView>(records =>
        $"select distinct {records.TenantId} from {records.Name}");

    public static Task<IReadOnlyList<string>> ListAsync(IQuerySession session, CancellationToken ct) =>
        session.QueryAsync<string>(Text.For(session), ct);
}
