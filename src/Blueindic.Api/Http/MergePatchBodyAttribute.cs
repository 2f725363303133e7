namespace Blueindic.Api.Http;

/// <summary>
/// Marks a PATCH endpoint that reads a <see cref="MergePatch"/> of <see cref="Input"/> itself: the OpenAPI
/// document shows its application/merge-patch+json body (every member optional); its example is with the
/// resource's others, in OpenApi/Examples.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class MergePatchBodyAttribute(Type input) : Attribute
{
    /// <summary>The PUT's input type the patch is merged into.</summary>
    public Type Input { get; } = input;
}
