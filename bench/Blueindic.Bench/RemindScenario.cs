using System.Diagnostics;
using Blueindic.Api.Mail;
using Blueindic.Domain.Clients;
using Blueindic.Domain.Common;
using Blueindic.Domain.Invoices;
using Blueindic.Domain.Reminders;
using MailKit.Net.Smtp;
using MailKit.Security;
using Marten;
using Npgsql;

namespace Blueindic.Bench;

/// <summary>
/// `remind`: <c>reminders</c> invoices of one business, each to a client of its own with the +1 step
/// due, reminded at once by the API's scan and delivered to an SMTP server in this process, from the
/// scan's commit to the last mail received; against MailKit sending as many comparable mails (the
/// same composer and texts) in a loop over one connection to the same server, before and after.
/// The API is a node of its own on a database of its own (its scheduled scans would otherwise also
/// go to the measured API, which has no relay): one node first makes the schema and the business and
/// is stopped; the clients and invoices are appended as the import bench's baseline does, the API's
/// own events from its domain decisions through Marten sessions on its store configuration (inline
/// views included); then a node that arms the reminder clock starts.
/// </summary>
internal static class RemindScenario
{
    private const string Database = "blueindic_remind";
    private const int BatchSize = 1_000;

    public static async Task RunAsync(int reminders, int connections)
    {
        var connectionString = new NpgsqlConnectionStringBuilder(Baseline.ConnectionString) { Database = Database }.ConnectionString;
        await RecreateDatabaseAsync();
        await using var sink = MailSink.Start();
        var settings = new Dictionary<string, string>
        {
            ["ConnectionStrings__Postgres"] = connectionString,
            ["Blueindic__AdminKey"] = "admin_remind_bench",
            ["Blueindic__ChainCheckMinutes"] = "0",
            ["Blueindic__RateLimit__PermitsPerSecond"] = "0",
            ["Blueindic__Smtp__Host"] = "127.0.0.1",
            ["Blueindic__Smtp__Port"] = sink.Port.ToString(),
            ["Blueindic__Smtp__Security"] = "None",
            ["Blueindic__Smtp__Connections"] = connections.ToString(),
            ["Blueindic__Reminders__ScanSeconds"] = "0",
        };

        string tenantId;
        await using (var maker = await ApiProcess.StartAsync("remind-setup", settings))
        {
            using var admin = Tenants.Client(maker.Url, settings["Blueindic__AdminKey"]);
            tenantId = (await Tenants.CreateAsync(admin, maker.Url, "Bench remind")).TenantId;
            await maker.StopAsync();
        }
        var due = SpanishTime.Today(DateTimeOffset.UtcNow).AddDays(-2);
        var seeding = Stopwatch.StartNew();
        var emails = await SeedAsync(connectionString, tenantId, reminders, due);
        Console.WriteLine($"\nremind: {reminders:N0} invoices of one business, each to its own client, due {due:yyyy-MM-dd} (step +1 due), seeded in {seeding.Elapsed.TotalSeconds:0.0} s");
        Console.WriteLine($"(target: the API ≥ 0.7 × the baseline's mails/s; {connections} SMTP connections; both deliver to one SMTP server in this process)");

        var before = await MailKitLoopAsync(sink, emails, due);
        sink.Reset();
        settings["Blueindic__Reminders__ScanSeconds"] = "1";
        var api = await ApiRunAsync(sink, settings, reminders);
        var after = await MailKitLoopAsync(sink, emails, due);

        var baseline = (reminders / before + reminders / after) / 2;
        Console.WriteLine($"{"series",-60} {"seconds",8} {"mails/s",8} {"× baseline",11}");
        Console.WriteLine($"{"MailKit in a loop, one connection (baseline, before)",-60} {before,8:0.00} {reminders / before,8:0} {"baseline",11}");
        Console.WriteLine($"{"MailKit in a loop, one connection (baseline, after)",-60} {after,8:0.00} {reminders / after,8:0} {"baseline",11}");
        Console.WriteLine($"{"API: scan committed → every ReminderSent committed",-60} {api.Recorded,8:0.00} {reminders / api.Recorded,8:0} {"",11}");
        Console.WriteLine($"{"API: scan committed → first mail received",-60} {api.FirstMail,8:0.00} {"",8} {"",11}");
        Console.WriteLine($"{$"API: scan committed → last mail received ({connections} connections)",-60} {api.LastMail,8:0.00} {reminders / api.LastMail,8:0} {reminders / api.LastMail / baseline,11:0.00}");
        Console.WriteLine($"CPU from the scan's commit to the last mail ({api.LastMail:0.0} s on {Environment.ProcessorCount} cores): the API {api.ApiCpu:0.0} s, this process (the SMTP server) {api.BenchCpu:0.0} s; PostgreSQL has the rest.");
        Console.WriteLine($"each series: {reminders:N0} mails, {reminders:N0} distinct Message-IDs and recipients at the server; the first scan committed {api.Scan:0.00} s after the node armed the clock (Wolverine polls for scheduled messages every 5 s; not in the figures).");
    }

    private sealed record ApiTimes(double Scan, double Recorded, double FirstMail, double LastMail, double ApiCpu, double BenchCpu);

    /// <summary>Starts the node that arms the clock, then times from the scan's commit (the clock's tick moving on) to the last mail.</summary>
    private static async Task<ApiTimes> ApiRunAsync(MailSink sink, Dictionary<string, string> settings, int reminders)
    {
        await using var db = NpgsqlDataSource.Create(settings["ConnectionStrings__Postgres"]);
        await using var node = await ApiProcess.StartAsync("remind", settings);
        string? armed = null;
        long armedSeen = 0, scanned;
        double apiCpu = 0, benchCpu = 0;
        while (true)
        {
            var tick = await ScalarAsync<string?>(db, "select data ->> 'Tick' from blueindic.mt_doc_reminderclock limit 1");
            if (tick is not null && armed is null) (armed, armedSeen) = (tick, Stopwatch.GetTimestamp());
            if (tick is not null && tick != armed)
            {
                scanned = Stopwatch.GetTimestamp();
                break;
            }
            (apiCpu, benchCpu) = (CpuSeconds(node.Pid), Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds);
            await Task.Delay(5);
        }
        long recorded;
        while (true)
        {
            if (await ScalarAsync<long>(db, "select count(*) from blueindic.mt_events where type = 'reminder_sent'") >= reminders)
            {
                recorded = Stopwatch.GetTimestamp();
                break;
            }
            await Task.Delay(50);
        }
        if (!await sink.WaitForAsync(reminders, TimeSpan.FromSeconds(30)))
            throw new InvalidOperationException($"remind: the API delivered {sink.Count} of {reminders} mails (nothing for 30 s); see {node.LogPath}");
        Check(sink, reminders, "the API");
        (apiCpu, benchCpu) = (CpuSeconds(node.Pid) - apiCpu, Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds - benchCpu);
        double Since(long t) => Stopwatch.GetElapsedTime(scanned, t).TotalSeconds;
        return new ApiTimes(Stopwatch.GetElapsedTime(armedSeen, scanned).TotalSeconds, Since(recorded), Since(sink.First), Since(sink.Last), apiCpu, benchCpu);
    }

    /// <summary>The baseline: each mail composed as the API composes a reminder and sent over one MailKit connection; seconds to the last one received.</summary>
    private static async Task<double> MailKitLoopAsync(MailSink sink, IReadOnlyList<string> emails, DateOnly due)
    {
        sink.Reset();
        var smtp = new SmtpOptions { Host = "127.0.0.1", Port = sink.Port, Security = SmtpSecurity.None };
        using var client = new SmtpClient();
        await client.ConnectAsync(smtp.Host, smtp.Port, SecureSocketOptions.None);
        var clock = Stopwatch.StartNew();
        var started = Stopwatch.GetTimestamp();
        for (var i = 0; i < emails.Count; i++)
        {
            var now = DateTimeOffset.UtcNow;
            var facts = new InvoiceMailFacts("Bench remind", $"F-{due.Year}-{i + 1:00000}", 121m, 121m, due, SpanishTime.Today(now).DayNumber - due.DayNumber, null);
            var content = InvoiceMailTexts.Reminder("es", ReminderKind.Overdue, facts, null);
            await client.SendAsync(MailComposer.Compose(smtp, "Bench remind", null, [emails[i]], [], "es", content, null, now));
        }
        await client.DisconnectAsync(true);
        if (!await sink.WaitForAsync(emails.Count, TimeSpan.FromSeconds(30))) throw new InvalidOperationException($"remind: the baseline delivered {sink.Count} of {emails.Count}");
        Check(sink, emails.Count, "the baseline");
        return Stopwatch.GetElapsedTime(started, sink.Last).TotalSeconds;
    }

    /// <summary>User and system CPU seconds a process has used (/proc/pid/stat, in clock ticks of 1/100 s).</summary>
    private static double CpuSeconds(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (long.Parse(fields[11]) + long.Parse(fields[12])) / 100.0;
    }

    private static void Check(MailSink sink, int expected, string who)
    {
        if (sink.Count != expected || sink.DistinctMessageIds != expected || sink.DistinctRecipients != expected)
            throw new InvalidOperationException($"remind: {who} delivered {sink.Count} mails, {sink.DistinctMessageIds} Message-IDs, {sink.DistinctRecipients} recipients; {expected} each expected");
    }

    /// <summary>
    /// One client with an email per invoice, and the invoice issued and due on <paramref name="due"/>: the API's own
    /// events (its decisions number them in the business's ledger and chain their VERI*FACTU records), appended
    /// {BatchSize} invoices per transaction with the inline views.
    /// </summary>
    private static async Task<List<string>> SeedAsync(string connectionString, string tenantId, int invoices, DateOnly due)
    {
        await using var store = Baseline.Store(connectionString: connectionString);
        var issuer = new PartySnapshot("Bench remind", null, "B64717838", null);
        var ledgerId = InvoiceLedger.StreamIdFor(tenantId);
        var ledger = InvoiceLedger.Create(new InvoiceLedgerOpened(ledgerId));
        var lines = new List<LineInput> { new("Servicio", 1, 100, 0, 21) };
        var emails = new List<string>(invoices);
        for (var start = 0; start < invoices; start += BatchSize)
        {
            await using var session = store.LightweightSession(tenantId);
            var numbered = new List<object>();
            if (start == 0) numbered.Add(new InvoiceLedgerOpened(ledgerId));
            for (var i = start; i < Math.Min(invoices, start + BatchSize); i++)
            {
                var number = 20_000_000 + i;
                var email = $"deudor{i:00000}@ejemplo.es";
                var details = new ClientDetails($"Deudor {i:00000}", null, $"{number}{"TRWAGMYFPDXBNJZSQVHLCKE"[number % 23]}", email, null,
                    new Address("Calle Mayor 1", "Madrid", "28001", null, "ES"), 30, false, null);
                var client = ClientRegistered.Of(Guid.CreateVersion7(), details, DateTimeOffset.UtcNow);
                session.Events.StartStream<Client>(client.ClientId, client);
                var request = new IssueRequest(Guid.CreateVersion7(), InvoiceDecisions.DefaultSeries, due, due, 0, null, lines);
                var (issued, numberedEvent) = InvoiceDecisions.Issue(ledger, request, client.ClientId,
                    new PartySnapshot(details.Name, null, details.TaxId, details.Address), false, issuer, DateTimeOffset.UtcNow);
                ledger = ledger.Apply(numberedEvent);
                numbered.Add(numberedEvent);
                session.Events.StartStream<Invoice>(issued.InvoiceId, issued);
                emails.Add(email);
            }
            if (start == 0) session.Events.StartStream<InvoiceLedger>(ledgerId, numbered);
            else session.Events.Append(ledgerId, numbered);
            await session.SaveChangesAsync();
        }
        return emails;
    }

    private static async Task RecreateDatabaseAsync()
    {
        await using var server = NpgsqlDataSource.Create(Baseline.ConnectionString);
        await using (var drop = server.CreateCommand($"drop database if exists {Database} with (force)")) await drop.ExecuteNonQueryAsync();
        await using (var create = server.CreateCommand($"create database {Database}")) await create.ExecuteNonQueryAsync();
    }

    private static async Task<T> ScalarAsync<T>(NpgsqlDataSource db, string sql)
    {
        try
        {
            await using var command = db.CreateCommand(sql);
            var value = await command.ExecuteScalarAsync();
            return value is null or DBNull ? default! : (T)value;
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            return default!;
        }
    }
}
