using System.Linq.Expressions;
using System.Security.Cryptography;
using System.Text;
using Blueindic.Domain.Invoices;
using Blueindic.Projections.Invoices;
using Weasel.Core;
using Weasel.Core.Migrations;
using Weasel.Postgresql;
using Weasel.Postgresql.Tables;
using Weasel.Postgresql.Triggers;

namespace Blueindic.Api.Sql;

/// <summary>
/// Two rollups of the invoice view, kept by PostgreSQL triggers on the view's table, in the
/// transaction that writes the view (docs/reports.md, "Read models"):
/// <list type="bullet">
/// <item><c>open_amounts_by_due_date</c>: per business and due date, what is still due and on how many
/// invoices: the alert list's level totals and the aging buckets add up a few hundred rows.</item>
/// <item><c>morosity_by_client_year</c>: per business, client and year of issue, what the morosity
/// report needs that does not depend on the day of the question.</item>
/// </list>
/// A trigger rather than a projection: the view is already the inline answer to "what does this
/// invoice owe now", the payment events do not name the client or the year, and a relative increment
/// under the row's lock stays exact under concurrent payments of one business, which a
/// load-modify-store of one document per key does not.
/// </summary>
internal sealed class InvoiceRollups(StoreOptions options) : FeatureSchemaBase("InvoiceRollups", new PostgresqlMigrator())
{
    public const string OpenAmountsTable = "open_amounts_by_due_date";
    public const string MorosityTable = "morosity_by_client_year";
    private const string FunctionName = "invoice_view_rollups";
    private const string FunctionPlaceholder = "@function";
    // The first half of the advisory lock's two-number key: a business's rollups, apart from any other lock.
    private const int LockClass = 19_001;

    public override Type StorageType => typeof(InvoiceRollups);

    private static PostgresqlObjectName Named(string schema, string name) => new(schema, name, SchemaUtils.IdentifierUsage.General);

    protected override IEnumerable<ISchemaObject> schemaObjects()
    {
        var view = Columns.Of(options);
        var schema = options.DatabaseSchemaName;
        yield return OpenAmounts(schema);
        yield return Morosity(schema);
        // The function is created with each trigger, under a name that carries a hash of its text: a
        // changed function is a changed trigger, which the migration recreates, making the rollups again.
        // (Weasel's own function object drops a changed function with CASCADE, which took the triggers
        // with it, and saw a change at every start.)
        var function = FunctionBody(schema, view);
        var name = $"{schema}.{FunctionName}_{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(function)))[..12]}";
        var created = new CreatingTrigger.Steps(function.Replace(FunctionPlaceholder, name), RecomputeSql(schema, view, name));
        var target = view.Target;
        // Two row triggers where one would do: PostgreSQL spells three events in another order than
        // Weasel does, and the migration then saw a changed trigger at every start.
        yield return new CreatingTrigger(Named(schema, "invoice_view_rollups_write"), target, $"{name}()", created)
        {
            Timing = TriggerTiming.After, Events = TriggerEvents.Insert | TriggerEvents.Delete, ForEachRow = true,
        };
        yield return new CreatingTrigger(Named(schema, "invoice_view_rollups_update"), target, $"{name}()", created)
        {
            Timing = TriggerTiming.After, Events = TriggerEvents.Update, ForEachRow = true,
        };
        yield return new CreatingTrigger(Named(schema, "invoice_view_rollups_truncate"), target, $"{name}()", created)
        {
            Timing = TriggerTiming.After, Events = TriggerEvents.Truncate, ForEachRow = false,
        };
    }

    /// <summary>
    /// Each row's share of <c>morosity_by_client_year</c> as (tenant, year, client, invoiced, written off,
    /// due, open amount, open invoices), from the view under <paramref name="alias"/>, with
    /// <paramref name="sign"/> ("-" to take it back); ends in a <c>where</c> more conditions can follow.
    /// </summary>
    public static string MorosityShares(IDocumentStore store, string alias, string sign)
    {
        var view = Columns.Of(DocumentTable<InvoiceView>.Of(store));
        return MorosityShare(view, alias, sign, $"from {view.Table} {alias}");
    }

    /// <summary>Both rollups made again from the view's rows: what a trigger's creation runs, and what a bulk rebuild runs after it.</summary>
    public static string RecomputeSql(StoreOptions options) => RecomputeSql(options.DatabaseSchemaName, Columns.Of(options), null);

    private static Table OpenAmounts(string schema)
    {
        var table = new Table(Named(schema, OpenAmountsTable));
        table.AddColumn<string>("tenant_id").AsPrimaryKey();
        table.AddColumn<DateOnly>("due_date").AsPrimaryKey();
        table.AddColumn<decimal>("amount").NotNull();
        table.AddColumn<int>("invoices").NotNull();
        return table;
    }

    private static Table Morosity(string schema)
    {
        var table = new Table(Named(schema, MorosityTable));
        table.AddColumn<string>("tenant_id").AsPrimaryKey();
        table.AddColumn<int>("year").AsPrimaryKey();
        table.AddColumn<Guid>("client_id").AsPrimaryKey();
        // Invoiced and written off as the morosity report counts them; all that is due (a corrective
        // invoice's negative due included), and apart what is due on invoices that still owe something.
        foreach (var sum in new[] { "invoiced", "written_off", "due", "open_amount" }) table.AddColumn<decimal>(sum).NotNull();
        table.AddColumn<int>("open_invoices").NotNull();
        return table;
    }

    // One view row's share of each rollup, as the SQL of this folder and Morosity.Of count it: an
    // annulled invoice never existed for the reports; a cancelled one and the corrective invoice that
    // cancelled it invoice nothing. The row is OLD or NEW, or the view's own alias when recomputing.
    private static string OpenShare(Columns v, string row, string sign, string from = "") =>
        $"select {row}.{v.TenantId}, {row}.{v.DueDate}, {sign}{row}.{v.AmountDue}, {sign}1 {from} where {row}.{v.AmountDue} > 0";

    private static string MorosityShare(Columns v, string row, string sign, string from = "") => $"""
        select {row}.{v.TenantId}, extract(year from {row}.{v.IssueDate})::int, {row}.{v.ClientId},
          {sign}(case when {row}.{v.Status} <> '{nameof(InvoiceStatus.Cancelled)}' and {row}.{v.Cancels} is not true then {row}.{v.Total} else 0 end),
          {sign}{row}.{v.WrittenOff}, {sign}{row}.{v.AmountDue}, {sign}greatest({row}.{v.AmountDue}, 0), {sign}(case when {row}.{v.AmountDue} > 0 then 1 else 0 end)
        {from} where {row}.{v.Status} <> '{nameof(InvoiceStatus.Annulled)}'
        """;

    // Sending a mail or a reminder rewrites the view without moving any amount: it touches no rollup
    // row. Tested in the function, not in the trigger's WHEN: PostgreSQL rewrites a WHEN's text, and
    // the migration then saw a changed trigger at every start.
    // Deadlock-free: a change first takes its business's advisory lock, held to commit, so a rollup
    // row is only ever locked by the one transaction that holds it. Every lock a command takes before
    // (its streams, while appending) comes before any view write, as Marten writes events before
    // documents; so no two transactions can each hold what the other waits for. The cost: the writes of
    // one business's amounts commit one after another, as the shared due-date rows made them anyway.
    private static string FunctionBody(string schema, Columns v) => $$"""
        CREATE OR REPLACE FUNCTION {{FunctionPlaceholder}}() RETURNS trigger LANGUAGE plpgsql AS $function$
        BEGIN
          IF tg_op = 'TRUNCATE' THEN
            TRUNCATE {{schema}}.{{OpenAmountsTable}}, {{schema}}.{{MorosityTable}};
            RETURN NULL;
          END IF;
          IF tg_op = 'UPDATE' AND ({{Row(v, "old")}}) IS NOT DISTINCT FROM ({{Row(v, "new")}}) THEN
            RETURN NULL;
          END IF;
          PERFORM pg_advisory_xact_lock({{LockClass}}, hashtext(coalesce(new.{{v.TenantId}}, old.{{v.TenantId}})));
          INSERT INTO {{schema}}.{{OpenAmountsTable}} AS r (tenant_id, due_date, amount, invoices)
          SELECT t, d, sum(a), sum(n) FROM (
            {{OpenShare(v, "old", "-")}} AND tg_op <> 'INSERT'
            UNION ALL
            {{OpenShare(v, "new", "")}} AND tg_op <> 'DELETE') s(t, d, a, n)
          GROUP BY t, d
          ON CONFLICT (tenant_id, due_date) DO UPDATE SET amount = r.amount + excluded.amount, invoices = r.invoices + excluded.invoices;
          INSERT INTO {{schema}}.{{MorosityTable}} AS r (tenant_id, year, client_id, invoiced, written_off, due, open_amount, open_invoices)
          SELECT t, y, c, sum(i), sum(w), sum(d), sum(o), sum(n) FROM (
            {{MorosityShare(v, "old", "-")}} AND tg_op <> 'INSERT'
            UNION ALL
            {{MorosityShare(v, "new", "")}} AND tg_op <> 'DELETE') s(t, y, c, i, w, d, o, n)
          GROUP BY t, y, c
          ON CONFLICT (tenant_id, year, client_id) DO UPDATE SET invoiced = r.invoiced + excluded.invoiced,
            written_off = r.written_off + excluded.written_off, due = r.due + excluded.due,
            open_amount = r.open_amount + excluded.open_amount, open_invoices = r.open_invoices + excluded.open_invoices;
          RETURN NULL;
        END
        $function$;
        """;

    private static string Row(Columns v, string row) => string.Join(", ", v.Rolled.Select(c => $"{row}.{c}"));

    // One statement, so one transaction: writers of the view wait while the rollups are made again,
    // and each statement of the block sees every write committed before the lock. Given the function
    // the triggers now call, the versions that no trigger calls any more are dropped.
    private static string RecomputeSql(string schema, Columns v, string? current) => $"""
        DO $recompute$ BEGIN
        LOCK TABLE {v.Table} IN SHARE MODE;
        TRUNCATE {schema}.{OpenAmountsTable}, {schema}.{MorosityTable};
        INSERT INTO {schema}.{OpenAmountsTable} (tenant_id, due_date, amount, invoices)
          SELECT t, d, sum(a), sum(n) FROM ({OpenShare(v, "v", "", $"from {v.Table} v")}) s(t, d, a, n) GROUP BY t, d;
        INSERT INTO {schema}.{MorosityTable} (tenant_id, year, client_id, invoiced, written_off, due, open_amount, open_invoices)
          SELECT t, y, c, sum(i), sum(w), sum(d), sum(o), sum(n) FROM ({MorosityShare(v, "v", "", $"from {v.Table} v")}) s(t, y, c, i, w, d, o, n) GROUP BY t, y, c;
        {(current is null ? "" : DropUnusedVersions(schema, current))}
        END $recompute$;
        """;

    private static string DropUnusedVersions(string schema, string current) => $"""
        DECLARE unused regprocedure;
        BEGIN
          FOR unused IN SELECT p.oid::regprocedure FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
            WHERE n.nspname = '{schema}' AND p.proname LIKE '{FunctionName}%' AND p.oid <> '{current}'::regproc
              AND NOT EXISTS (SELECT 1 FROM pg_trigger t WHERE t.tgfoid = p.oid) LOOP
            EXECUTE 'DROP FUNCTION ' || unused;
          END LOOP;
        END;
        """;

    /// <summary>
    /// Created, it creates its function and then makes both rollups again from the view, in the
    /// migration that creates it: on an upgrade they start out complete, and a trigger that was missing
    /// or called an older function leaves no gap.
    /// </summary>
    private sealed class CreatingTrigger(DbObjectName name, DbObjectName target, string call, CreatingTrigger.Steps steps) : Trigger(name, target, call)
    {
        public sealed record Steps(string Function, string Recompute);

        public override void WriteCreateStatement(Migrator migrator, TextWriter writer)
        {
            writer.WriteLine(steps.Function);
            base.WriteCreateStatement(migrator, writer);
            writer.WriteLine(steps.Recompute);
        }
    }

    /// <summary>The invoice view's table and the duplicated columns the rollups read (<see cref="ReadModelColumns"/>).</summary>
    private sealed record Columns(DbObjectName Target, string Table, string TenantId, string ClientId, string IssueDate, string DueDate, string Status,
        string AmountDue, string Total, string Cancels, string WrittenOff)
    {
        public IEnumerable<string> Rolled => [ClientId, IssueDate, DueDate, Status, AmountDue, Total, Cancels, WrittenOff];

        public static Columns Of(StoreOptions options) => Of(DocumentTable<InvoiceView>.Of(options));

        public static Columns Of(DocumentTable<InvoiceView> t)
        {
            string C(Expression<Func<InvoiceView, object?>> m) => t.Column(m);
            return new Columns(t.Table, t.Name, t.TenantId, C(x => x.ClientId), C(x => x.IssueDate), C(x => x.DueDate), C(x => x.Status),
                C(x => x.AmountDue), C(x => x.Issued.Amounts.Total), C(x => x.Issued.Corrects!.Cancels), C(x => x.Balance.WrittenOff));
        }
    }
}
