namespace Blueindic.Domain.Invoices;

/// <param name="Recovered">The part of the amount that recovered a write-off (given back to it if the payment is reversed).</param>
public sealed record Payment(Guid Id, decimal Amount, DateOnly Date, PaymentMethod Method, string? Reference, bool Reversed, decimal Recovered);
