namespace Blueindic.Api;

/// <summary>The OpenAPI document and Swagger UI (<c>Blueindic__Swagger__*</c>).</summary>
public sealed class SwaggerOptions
{
    /// <summary>Serve /swagger; unset means on in Development and off elsewhere.</summary>
    public bool? Enabled { get; set; }

    /// <summary>Steady requests a second to /swagger per caller (address, or key when one is sent).</summary>
    public int PermitsPerSecond { get; set; } = 2;

    /// <summary>Requests to /swagger a caller may make at once: the UI's page loads about six files.</summary>
    public int Burst { get; set; } = 20;
}
