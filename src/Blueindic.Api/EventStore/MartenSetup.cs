using Blueindic.Domain;
using Blueindic.Domain.Invoices;
using Blueindic.Projections.Clients;
using Blueindic.Projections.Invoices;
using Blueindic.Projections.Reports;
using JasperFx.Events.Daemon;
using Blueindic.Projections.Tenants;
using JasperFx;
using JasperFx.Events.Projections;
using JasperFx.MultiTenancy;
using Marten.Schema;
using Weasel.Core;
using Marten.Schema.Indexing.Unique;
using Wolverine.Marten;
using Blueindic.Api.Idempotency;
using Blueindic.Api.Sql;

namespace Blueindic.Api.EventStore;

public static class MartenSetup
{
    public const string Schema = "blueindic";

    /// <summary>
    /// The event store: one database, tenants conjoined (every event and document carries its
    /// tenant id); tenants and keys themselves live under the default tenant.
    /// </summary>
    private static void Register<T>(StoreOptions opts, ReadModels readModels, T projection, ProjectionLifecycle lifecycle)
        where T : ProjectionBase, IProjectionSource<IDocumentOperations, IQuerySession>
    {
        opts.Projections.Add(projection, lifecycle);
        readModels.Add(projection.Name, lifecycle);
    }

    public static IServiceCollection ConfigureMarten(this IServiceCollection services, string connectionString, BlueindicOptions options)
    {
        var readModels = new ReadModels();
        services.AddSingleton(readModels);
        var marten = services.AddMarten(opts => ConfigureStore(opts, connectionString, options, readModels))
            .UseLightweightSessions()
            .AddAsyncDaemon(options.RunAsyncDaemon ? DaemonMode.HotCold : DaemonMode.Disabled)
            .IntegrateWithWolverine();

        if (options.AutoMigrate) marten.ApplyAllDatabaseChangesOnStartup();
        if (options.RunAsyncDaemon) services.AddHostedService<StoppedShardRelease>();
        return services;
    }

    /// <summary>
    /// The store's whole configuration, shared with the benchmark's in-process baseline so both
    /// append through an identical store.
    /// </summary>
    public static void ConfigureStore(StoreOptions opts, string connectionString, BlueindicOptions options, ReadModels readModels)
    {
        opts.Connection(connectionString);
        opts.DatabaseSchemaName = Schema;
        opts.AutoCreateSchemaObjects = options.AutoMigrate ? AutoCreate.CreateOrUpdate : AutoCreate.None;

        opts.Events.TenancyStyle = TenancyStyle.Conjoined;
        opts.Events.AddEventTypes(StoredEvents.All);
        opts.Policies.AllDocumentsAreMultiTenanted();
        opts.Events.MetadataConfig.CorrelationIdEnabled = true;
        opts.Events.MetadataConfig.UserNameEnabled = true;
        // What caused a fact when a request is not the whole story (an import: client-import/{id}).
        opts.Events.MetadataConfig.CausationIdEnabled = true;

        opts.UseSystemTextJsonForSerialization(EnumStorage.AsString);

        // Inline: the read model is current in the response of the command that changed it.
        Register(opts, readModels, new ClientViewProjection(), ProjectionLifecycle.Inline);
        Register(opts, readModels, new InvoiceViewProjection(), ProjectionLifecycle.Inline);
        Register(opts, readModels, new VerifactuRecordViewProjection(), ProjectionLifecycle.Inline);
        // Issuing reads the ledger under lock: a snapshot keeps that one row, not a replay of every invoice.
        opts.Projections.Snapshot<InvoiceLedger>(SnapshotLifecycle.Inline);
        readModels.Add(nameof(InvoiceLedger), ProjectionLifecycle.Inline);
        opts.Projections.Snapshot<Domain.Aeat.VerifactuSubmission>(SnapshotLifecycle.Inline);
        readModels.Add(nameof(Domain.Aeat.VerifactuSubmission), ProjectionLifecycle.Inline);
        // Cross-stream rollups: built by the async daemon, a moment after the command. It looks for new
        // events every 50 ms while busy and every 200 ms when idle (defaults 250 ms and 1 s): one
        // cheap query, for reports that show an invoice well within a second (bench `lag`).
        opts.Projections.FastPollingTime = TimeSpan.FromMilliseconds(50);
        opts.Projections.SlowPollingTime = TimeSpan.FromMilliseconds(200);
        // Over several nodes one runs them all (HotCold): it holds a PostgreSQL advisory lock, which
        // the database drops the moment that node's connection dies; the others try for it every 5 s.
        opts.Projections.LeadershipPollingTime = 5_000;
        Register(opts, readModels, new MonthlySalesProjection(), ProjectionLifecycle.Async);
        Register(opts, readModels, new ClientRevenueProjection(), ProjectionLifecycle.Async);
        Register(opts, readModels, new ApiKeyCredentialProjection(), ProjectionLifecycle.Inline);

        // Two clients of one tenant never share a tax id, even when registered at the same instant.
        opts.Schema.For<ClientView>()
            .UniqueIndex(UniqueIndexType.Computed, "uq_client_tax_id", TenancyScope.PerTenant, x => x.TaxId!)
            .Index(x => x.SortKey);
        opts.Schema.For<InvoiceView>()
            .UniqueIndex(UniqueIndexType.Computed, "uq_invoice_number", TenancyScope.PerTenant, x => x.Number)
            .Index(x => x.SortKey);
        ReadModelColumns.Configure(opts);
        opts.Storage.Add(new InvoiceRollups(opts));
        opts.Schema.For<VerifactuRecordView>()
            .UniqueIndex(UniqueIndexType.Computed, "uq_verifactu_position", TenancyScope.PerTenant, x => x.Position);
        // Taking over an expired or abandoned key must not let two retries both run.
        opts.Schema.For<IdempotencyRecord>().UseOptimisticConcurrency(true);
        // Logo images, by content hash: named up front so `resources setup` creates their table too.
        opts.Schema.For<Settings.BusinessLogoImage>();
        // The signing certificate, encrypted, and the Data Protection keys that encrypt it.
        opts.Schema.For<Settings.BusinessCertificateFile>();
        opts.Schema.For<Settings.DataProtectionKey>();
        // Named up front so `resources setup` creates its table too.
        opts.Schema.For<Verifactu.VerifactuSubmissionWake>();
        // Two nodes arming the reminder clock at once: one of them wins.
        opts.Schema.For<Reminders.ReminderClock>().UseOptimisticConcurrency(true);
    }
}
