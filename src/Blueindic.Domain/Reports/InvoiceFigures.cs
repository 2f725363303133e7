namespace Blueindic.Domain.Reports;

/// <summary>One invoice as the morosity figures need it (read from the invoice view).</summary>
/// <param name="CountsAsInvoiced">False for a cancelled invoice and for the corrective invoice that cancelled it.</param>
public sealed record InvoiceFigures(DateOnly DueDate, decimal Total, decimal AmountDue, decimal WrittenOff, bool CountsAsInvoiced);
