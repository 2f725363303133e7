namespace Blueindic.Api.OpenApi;

/// <summary>
/// The endpoint's success answer also comes as <see cref="MediaType"/> when the client's Accept
/// prefers it; JSON stays the default. Shown in the OpenAPI document beside the JSON answer.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class AlsoAnswersAttribute(string mediaType, string description) : Attribute
{
    public string MediaType { get; } = mediaType;
    public string Description { get; } = description;
}
