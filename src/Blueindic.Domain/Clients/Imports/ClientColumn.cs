namespace Blueindic.Domain.Clients.Imports;

/// <summary>A column of a client spreadsheet (import, export and template share them).</summary>
public enum ClientColumn
{
    Id, Name, LegalName, TaxId, Email, Phone, Address, City, PostalCode, Province, Country,
    PaymentTermsDays, EquivalenceSurcharge, Notes,
    /// <summary>Optional: a file without them leaves new clients at the defaults (es, reminders on) and existing ones as they are.</summary>
    Language, Reminders,
    /// <summary>Optional, a public administration's DIR3 codes: all three cells or none; a file without them leaves existing clients' codes as they are.</summary>
    AccountingOffice, ManagementBody, ProcessingUnit,
    /// <summary>Written by the export; the import reads past it (archiving is a decision of its own).</summary>
    Archived,
}

