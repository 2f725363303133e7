namespace Blueindic.Domain.Invoices;

/// <summary>
/// The legal ground of a corrective invoice, which sets its VERI*FACTU TipoFactura. R5 (a corrective
/// of a simplified invoice) has no ground here: this system issues no simplified invoices.
/// </summary>
public enum CorrectionGround
{
    /// <summary>R1: art. 80 Uno, Dos y Seis LIVA or an error founded in law (returns, discounts, cancelled operations, wrong data).</summary>
    Error,
    /// <summary>R2: art. 80.Tres LIVA, the customer is in insolvency proceedings (concurso).</summary>
    Insolvency,
    /// <summary>R3: art. 80.Cuatro LIVA, an uncollectible debt.</summary>
    Uncollectible,
    /// <summary>R4: any other ground.</summary>
    Other,
}
