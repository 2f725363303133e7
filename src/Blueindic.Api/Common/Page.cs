namespace Blueindic.Api.Common;

/// <summary>A page of a list; <c>nextCursor</c> is null on the last page.</summary>
public sealed record Page<T>(IReadOnlyList<T> Data, string? NextCursor);
