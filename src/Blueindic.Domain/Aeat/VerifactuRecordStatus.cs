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

    public static string Of(string estadoRegistro) => estadoRegistro == "Incorrecto" ? Rejected : Accepted;
}
