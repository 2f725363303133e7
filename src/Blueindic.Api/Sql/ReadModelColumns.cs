using System.Linq.Expressions;
using Blueindic.Projections.Invoices;
using Blueindic.Projections.Reports;
using Marten.Schema;
using Weasel.Postgresql.Tables;

namespace Blueindic.Api.Sql;

/// <summary>
/// The read models' values that the SQL of this folder sums, filters and ranks, copied out of the JSON
/// into columns of their own (Marten backfills each from the JSON when it adds it), and the indexes
/// those statements read. Reading columns instead of parsing each document is what keeps the alert
/// list and the reports fast at size (docs/performance.md).
/// </summary>
internal static class ReadModelColumns
{
    public static void Configure(StoreOptions opts)
    {
        opts.Schema.For<ClientRevenue>().Duplicate(x => x.Year);
        // The submission clock's look for businesses with pending records, and ?status= on the list.
        opts.Schema.For<VerifactuRecordView>().Duplicate(x => x.Status);

        // Declared here rather than with Duplicate, which applies only after the policies: the
        // covering indexes below take every column name from the fields declared first.
        opts.Policies.ForAllDocuments(mapping =>
        {
            if (mapping.DocumentType == typeof(InvoiceView)) ConfigureInvoiceView(mapping);
            else if (mapping.DocumentType == typeof(ClientRevenue))
            {
                Column<ClientRevenue>(mapping, x => x.ClientId);
                Column<ClientRevenue>(mapping, x => x.Net);
            }
        });
    }

    private static void ConfigureInvoiceView(DocumentMapping mapping)
    {
        // Only ever summed or read back: a column without an index.
        var amountDue = Column<InvoiceView>(mapping, x => x.AmountDue);
        var total = Column<InvoiceView>(mapping, x => x.Issued.Amounts.Total);
        var cancels = Column<InvoiceView>(mapping, x => x.Issued.Corrects!.Cancels);
        var writtenOff = Column<InvoiceView>(mapping, x => x.Balance.WrittenOff);
        Column<InvoiceView>(mapping, x => x.LastReminderStep);
        // Searched by the API's queries: a column and an index each, as Marten's Duplicate makes them.
        var issueDate = Column<InvoiceView>(mapping, x => x.IssueDate);
        var clientId = Column<InvoiceView>(mapping, x => x.ClientId);
        var dueDate = Column<InvoiceView>(mapping, x => x.DueDate);
        var status = Column<InvoiceView>(mapping, x => x.Status);
        var tenant = mapping.Metadata.TenantId.Name;

        // Tenant first and covering, which Marten's index API cannot say: a business's year
        // (morosity) and its open invoices' totals (alert list) are read from the index, not the
        // rows, as far as autovacuum keeps the visibility map current.
        mapping.Indexes.Add(new IndexDefinition("ix_invoiceview_tenant_issue_date")
        {
            Columns = [tenant, issueDate],
            IncludeColumns = [clientId, amountDue, dueDate, status, total, cancels, writtenOff],
        });
        mapping.Indexes.Add(new IndexDefinition("ix_invoiceview_tenant_open_due_date")
        {
            Columns = [tenant, dueDate],
            IncludeColumns = [amountDue, clientId, issueDate],
            // PostgreSQL's own spelling of `amount_due > 0`: any other, and Marten rebuilds the index at every start.
            Predicate = $"({amountDue} > (0)::numeric)",
        });
        foreach (var searched in new[] { issueDate, clientId, dueDate, status }) mapping.AddIndex(searched);
    }

    private static string Column<T>(DocumentMapping mapping, Expression<Func<T, object?>> member) =>
        mapping.DuplicateField(MemberPath.Of(member), null, null, false, false).ColumnName;
}
