namespace Blueindic.Domain.Clients.Imports;

/// <summary>
/// Decides, row by row, what an import does to a tenant's clients: pure, given the clients that
/// exist when it starts. It remembers earlier rows so in-file duplicates are caught and a client
/// is never both created and updated by one file.
/// </summary>
public sealed class ClientImportPlanner
{
    private readonly Dictionary<Guid, Client> _byId;
    private readonly Dictionary<string, Guid> _byTaxId;
    private readonly Dictionary<string, int> _taxIdRows = [];
    private readonly Dictionary<Guid, int> _idRows = [];
    private readonly ClientSheetHeader _header;
    private readonly ImportMode _mode;
    private readonly DateTimeOffset _now;
    private readonly int _defaultPaymentTermsDays;

    /// <param name="defaultPaymentTermsDays">The terms of a client whose row has none (a new client, or a blank terms cell): the business profile's default.</param>
    public ClientImportPlanner(IEnumerable<Client> existing, ClientSheetHeader header, ImportMode mode, DateTimeOffset now,
        int defaultPaymentTermsDays = ClientDetails.DefaultPaymentTermsDays)
    {
        _defaultPaymentTermsDays = defaultPaymentTermsDays;
        _byId = existing.ToDictionary(c => c.Id);
        _byTaxId = _byId.Values.Where(c => c.Details.TaxId is not null).ToDictionary(c => c.Details.TaxId!, c => c.Id);
        _header = header;
        _mode = mode;
        _now = now;
    }

    public RowDecision Decide(int rowNumber, IReadOnlyList<string?> row)
    {
        var errors = new List<ImportRowError>();
        RowDecision Failed() => new(RowOutcome.Failed, Guid.Empty, null, errors);
        void Fail(ClientColumn c, string message) =>
            errors.Add(ImportRowError.Of(rowNumber, _header.HeaderOf(c), _header.Cell(row, c), message));

        if (!TryFindById(rowNumber, row, Fail, out var byId)) return Failed();

        // The tax id as the row writes it, normalised, to find the client it names and catch repeats.
        var fresh = ClientImportRow.Read(rowNumber, row, _header, null, errors, _defaultPaymentTermsDays);
        var taxId = fresh?.TaxId ?? Normalised(_header.Cell(row, ClientColumn.TaxId));
        if (taxId is not null)
        {
            if (_taxIdRows.TryGetValue(taxId, out var first))
            {
                Fail(ClientColumn.TaxId, $"Tax id {taxId} already appears in row {first}; this row is skipped.");
                return Failed();
            }
            _taxIdRows[taxId] = rowNumber;
        }

        var existing = byId ?? (taxId is not null && _byTaxId.TryGetValue(taxId, out var owner) ? _byId[owner] : null);
        if (existing is null) return fresh is null ? Failed() : Create(fresh);
        if (_mode == ImportMode.CreateOnly) return new RowDecision(RowOutcome.Unchanged, existing.Id, null, []);

        // Updates read the row again over the client's details, so absent columns keep their values;
        // a blank terms cell gives the business's default, as PUT /api/clients without terms does.
        errors.Clear();
        var details = ClientImportRow.Read(rowNumber, row, _header, existing.Details, errors, _defaultPaymentTermsDays);
        if (details is null) return Failed();
        if (details.TaxId is not null && _byTaxId.TryGetValue(details.TaxId, out var holder) && holder != existing.Id)
        {
            Fail(ClientColumn.TaxId, $"Tax id {details.TaxId} already belongs to client {holder}.");
            return Failed();
        }
        if (existing.Details.Diff(existing.Id, details) is not { } change)
            return new RowDecision(RowOutcome.Unchanged, existing.Id, null, []);
        if (existing.Archived)
        {
            Fail(ClientColumn.Name, "The client is archived; restore it before editing.");
            return Failed();
        }
        Remember(existing with { Details = details });
        return new RowDecision(RowOutcome.Updated, existing.Id, change, []);
    }

    private RowDecision Create(ClientDetails details)
    {
        var id = Guid.CreateVersion7();
        // Only its tax id is remembered: no later row can name the new id, and a repeat of the tax id
        // is caught as an in-file duplicate. Keeping whole clients would cost memory per row.
        if (details.TaxId is { } taxId) _byTaxId[taxId] = id;
        return new RowDecision(RowOutcome.Created, id, ClientDecisions.Register(id, details, _now), []);
    }

    private bool TryFindById(int rowNumber, IReadOnlyList<string?> row, Action<ClientColumn, string> fail, out Client? client)
    {
        client = null;
        if (_header.Cell(row, ClientColumn.Id) is not { } text) return true;
        if (!Guid.TryParse(text, out var id))
        {
            fail(ClientColumn.Id, "Not a client id; leave it blank for a new client.");
            return false;
        }
        if (_idRows.TryGetValue(id, out var first))
        {
            fail(ClientColumn.Id, $"Client id already appears in row {first}; this row is skipped.");
            return false;
        }
        _idRows[id] = rowNumber;
        if (_byId.TryGetValue(id, out client)) return true;
        fail(ClientColumn.Id, "No client of this business has this id; leave it blank for a new client.");
        return false;
    }

    private void Remember(Client client)
    {
        if (_byId.TryGetValue(client.Id, out var before) && before.Details.TaxId is { } old) _byTaxId.Remove(old);
        _byId[client.Id] = client;
        if (client.Details.TaxId is { } taxId) _byTaxId[taxId] = client.Id;
    }

    private static string? Normalised(string? taxId) =>
        taxId is null ? null : Common.TaxId.TryParse(taxId, out var parsed, out _) ? parsed.Value : null;
}
