namespace Blueindic.Api.Http;

/// <summary>
/// Marks a PATCH endpoint that reads a <see cref="MergePatch"/> of <see cref="Input"/> itself: the OpenAPI
/// document shows its application/merge-patch+json body (every member optional) with <see cref="Example"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class MergePatchBodyAttribute(Type input, string example) : Attribute
{
    /// <summary>The PUT's input type the patch is merged into.</summary>
    public Type Input { get; } = input;

    /// <summary>A realistic patch, as JSON.</summary>
    public string Example { get; } = example;
}
