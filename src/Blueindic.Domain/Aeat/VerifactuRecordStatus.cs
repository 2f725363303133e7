namespace Blueindic.Domain.Aeat;

/// <summary>Where a record stands with the AEAT, as the API lists it.</summary>
public static class VerifactuRecordStatus
{
    /// <summary>Not answered yet (or never sent: submission off).</summary>
    public const string Pending = "pending";

    /// <summary>Correcto, or AceptadoConErrores: the AEAT keeps it, errors noted.</summary>
    public const string Accepted = "accepted";

    /// <summary>Incorrecto: the AEAT did not keep it; the reason is shown. It is not sent again as it stands.</summary>
    public const string Rejected = "rejected";

    public static readonly IReadOnlyList<string> All = [Pending, Accepted, Rejected];

    /// <summary>
    /// The AEAT's verdict as the API lists it. A record refused as a duplicate of one the AEAT holds
    /// (<paramref name="heldStatus"/>) is accepted: it is the same record, sent again after its answer was lost.
    /// </summary>
    public static string Of(string estadoRegistro, string? heldStatus = null) => (estadoRegistro, heldStatus) switch
    {
        (_, not null) => Accepted,
        ("Correcto" or "AceptadoConErrores", _) => Accepted,
        ("Incorrecto", _) => Rejected,
        _ => throw new ArgumentOutOfRangeException(nameof(estadoRegistro), estadoRegistro, "Not an EstadoRegistro of the AEAT."),
    };

    /// <summary>The EstadoRegistro values the AEAT answers with.</summary>
    public static bool IsAeatStatus(string estadoRegistro) => estadoRegistro is "Correcto" or "AceptadoConErrores" or "Incorrecto";
}
