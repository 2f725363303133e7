using System.Linq.Expressions;
using System.Reflection;
using Blueindic.Projections.Invoices;
using Blueindic.Projections.Reports;
using Marten;
using Marten.Schema;
using Weasel.Postgresql.Tables;

namespace Blueindic.Api.EventStore;

/// <summary>
/// The read models' values that SQL sums, filters and ranks, copied out of the JSON into columns of
/// their own (Marten backfills each from the JSON when it adds it), and the indexes those queries
/// use. Reading columns instead of parsing 2 KB documents is what made the alert list and the
/// reports fast at size (docs/performance.md: receivables 4 s → 54–69 ms, morosity 1.7 s → 0.15 s).
/// </summary>
internal static class ReadModelColumns
{
    public static void Configure(StoreOptions opts)
    {
        // Searched by the API's queries: a column and an index each.
        opts.Schema.For<InvoiceView>()
            .Duplicate(x => x.IssueDate)
            .Duplicate(x => x.ClientId)
            .Duplicate(x => x.DueDate)
            .Duplicate(x => x.Status);
        opts.Schema.For<ClientRevenue>().Duplicate(x => x.Year);

        opts.Policies.ForAllDocuments(mapping =>
        {
            if (mapping.DocumentType == typeof(InvoiceView))
            {
                // Only ever summed or read back: a column without an index (Marten's Duplicate always adds one).
                Column<InvoiceView>(mapping, x => x.AmountDue);
                Column<InvoiceView>(mapping, x => x.Issued.Amounts.Total);
                Column<InvoiceView>(mapping, x => x.Issued.Corrects!.Cancels);
                Column<InvoiceView>(mapping, x => x.Balance.WrittenOff);
                // Tenant first and covering, which Marten's index API cannot say: a business's year
                // (morosity) and its open invoices' totals (alert list) are read from the index, not the
                // rows, as far as autovacuum keeps the visibility map current.
                mapping.Indexes.Add(new IndexDefinition("ix_invoiceview_tenant_issue_date")
                {
                    Columns = ["tenant_id", "issue_date"],
                    IncludeColumns = ["client_id", "amount_due", "due_date", "status", "issued_amounts_total", "issued_corrects_cancels", "balance_written_off"],
                });
                mapping.Indexes.Add(new IndexDefinition("ix_invoiceview_tenant_open_due_date")
                {
                    Columns = ["tenant_id", "due_date"],
                    IncludeColumns = ["amount_due", "client_id"],
                    // PostgreSQL's own spelling of `amount_due > 0`: any other, and Marten rebuilds the index at every start.
                    Predicate = "(amount_due > (0)::numeric)",
                });
            }
            else if (mapping.DocumentType == typeof(ClientRevenue))
            {
                Column<ClientRevenue>(mapping, x => x.ClientId);
                Column<ClientRevenue>(mapping, x => x.Net);
            }
        });
    }

    private static void Column<T>(DocumentMapping mapping, Expression<Func<T, object?>> member) =>
        mapping.DuplicateField(Path(member.Body).ToArray(), null, null, false, false);

    /// <summary>x => x.A.B.C as [A, B, C].</summary>
    private static IEnumerable<MemberInfo> Path(Expression body) => body switch
    {
        UnaryExpression { NodeType: ExpressionType.Convert } convert => Path(convert.Operand),
        MemberExpression { Expression: { } parent } member => Path(parent).Append(member.Member),
        ParameterExpression => [],
        _ => throw new ArgumentException($"Not a member path: {body}"),
    };
}
