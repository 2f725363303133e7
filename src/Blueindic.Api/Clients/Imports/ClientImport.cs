using Blueindic.Api.Common.Sheets;
using Blueindic.Domain.Clients.Imports;

namespace Blueindic.Api.Clients.Imports;

public enum ImportStatus { Running, Completed, Failed }

/// <summary>
/// The record of one client import: who sent which file, how it went, row by row. A document the
/// import updates as it runs (a job's progress, not a business fact); the clients it creates or
/// changes are events whose causation id is <c>client-import/{id}</c>.
/// </summary>
public sealed class ClientImport
{
    public const int MaxErrors = 1_000;

    public Guid Id { get; set; }
    public ImportStatus Status { get; set; }
    public string FileName { get; set; } = "";
    public SheetFormat Format { get; set; }
    public ImportMode Mode { get; set; }
    public bool DryRun { get; set; }
    /// <summary>The spreadsheet's row number of the row taken as the header (rows above it, titles, were skipped).</summary>
    public int HeaderRow { get; set; }
    public int TotalRows { get; set; }
    public int ProcessedRows { get; set; }
    public int Created { get; set; }
    public int Updated { get; set; }
    public int Unchanged { get; set; }
    public int Failed { get; set; }
    public List<IgnoredColumn> IgnoredColumns { get; set; } = [];
    /// <summary>Row errors, the first <see cref="MaxErrors"/>; <see cref="ErrorsOmitted"/> counts the rest.</summary>
    public List<ImportRowError> Errors { get; set; } = [];
    public int ErrorsOmitted { get; set; }
    /// <summary>Why a failed import stopped; what a finished one did, in a sentence.</summary>
    public string? Message { get; set; }
    /// <summary>Who sent the file: <c>key:&lt;key id&gt;</c>.</summary>
    public string StartedBy { get; set; } = "";
    public string? CorrelationId { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }

    public string CausationId => $"client-import/{Id}";

    internal void Count(RowDecision decision)
    {
        ProcessedRows++;
        switch (decision.Outcome)
        {
            case RowOutcome.Created: Created++; break;
            case RowOutcome.Updated: Updated++; break;
            case RowOutcome.Unchanged: Unchanged++; break;
            default:
                Failed++;
                foreach (var error in decision.Errors)
                    if (Errors.Count < MaxErrors) Errors.Add(error);
                    else ErrorsOmitted++;
                break;
        }
    }

    /// <summary>The counts as of the last committed batch, to go back to when a batch fails.</summary>
    internal Action Checkpoint()
    {
        var (processed, created, updated, unchanged, failed, errors, omitted) = (ProcessedRows, Created, Updated, Unchanged, Failed, Errors.Count, ErrorsOmitted);
        return () =>
        {
            (ProcessedRows, Created, Updated, Unchanged, Failed, ErrorsOmitted) = (processed, created, updated, unchanged, failed, omitted);
            Errors.RemoveRange(errors, Errors.Count - errors);
        };
    }

    internal void Finish(DateTimeOffset now)
    {
        Status = ImportStatus.Completed;
        FinishedAt = now;
        var verb = DryRun ? "would be" : "were";
        Message = Created + Updated == 0
            ? $"Nothing {(DryRun ? "would change" : "changed")}: {Unchanged} clients already as in the file, {Failed} rows refused."
            : $"{Created} clients {verb} created and {Updated} updated; {Unchanged} unchanged, {Failed} rows refused.";
    }

    internal void Fail(string reason, DateTimeOffset now)
    {
        Status = ImportStatus.Failed;
        FinishedAt = now;
        Message = reason;
    }
}
