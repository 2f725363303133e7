namespace Blueindic.Api.Http;

/// <summary>Marks an endpoint that takes a file upload: its body may be as large as the import limit allows.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class FileUploadAttribute : Attribute
{
    /// <summary>Room for the multipart boundaries and the other form fields around the file.</summary>
    public const long FormOverheadBytes = 64 * 1024;
}
