namespace Blueindic.Api.Http;

/// <summary>Marks an endpoint that takes a file upload: its body may be as large as its file limit allows.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class FileUploadAttribute : Attribute
{
    /// <summary>Room for the multipart boundaries and the other form fields around the file.</summary>
    public const long FormOverheadBytes = 64 * 1024;

    /// <summary>The largest file the endpoint takes; 0 for the client import's limit (configured).</summary>
    public long MaxFileBytes { get; init; }

    /// <summary>What the document says the <c>file</c> field holds.</summary>
    public string Description { get; init; } = "The .xlsx, .xls, .ods or .csv file.";

    /// <summary>The name of an optional text field sent with the file (a password), if the endpoint reads one.</summary>
    public string? TextField { get; init; }

    /// <summary>What the document says <see cref="TextField"/> holds.</summary>
    public string? TextFieldDescription { get; init; }
}
