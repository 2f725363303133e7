namespace Blueindic.Api.Tests.Contracts;

/// <summary>
/// A contract pinned in a file next to these tests: what the code writes today must equal it. On a
/// difference the new text is left as <c>*.received.json</c> to compare; <c>BLUEINDIC_APPROVE=1</c>
/// rewrites the approved file (never under CI).
/// </summary>
internal static class Approved
{
    internal static readonly System.Text.Json.JsonSerializerOptions Indented =
        new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    internal static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Contracts");
    internal static readonly string SourceFolder =
        Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "Contracts"));

    public static void ShouldMatch(string written, string name, string why)
    {
        var approvedPath = Path.Combine(SourceFolder, $"{name}.approved.json");
        var approving = Environment.GetEnvironmentVariable("BLUEINDIC_APPROVE") == "1" && Environment.GetEnvironmentVariable("CI") is null;
        if (approving) File.WriteAllText(approvedPath, written + "\n");
        var approved = File.ReadAllText(approving ? approvedPath : Path.Combine(Folder, $"{name}.approved.json")).TrimEnd();
        if (written != approved) File.WriteAllText(Path.Combine(SourceFolder, $"{name}.received.json"), written + "\n");
        written.ShouldBe(approved, $"{why}: see Contracts/{name}.received.json against {name}.approved.json.");
    }
}
