namespace Blueindic.Domain.Common;

/// <summary>Euro amounts: decimal, rounded to cents half away from zero at every step (SPAIN.md).</summary>
public static class Money
{
    public static decimal Round(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);

    public static bool HasAtMostDecimals(decimal value, int decimals) => Math.Round(value, decimals) == value;
}
