namespace Blueindic.Api.Receivables;

/// <summary>What the receivables reports need of one invoice with something still due.</summary>
public sealed class OpenAmount
{
    public Guid InvoiceId { get; set; }
    public Guid ClientId { get; set; }
    public string ClientName { get; set; } = "";
    public DateOnly DueDate { get; set; }
    public decimal AmountDue { get; set; }
}
