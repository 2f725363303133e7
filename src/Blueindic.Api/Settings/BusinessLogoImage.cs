namespace Blueindic.Api.Settings;

/// <summary>
/// A logo's bytes, kept apart from the events that name it (they hold its hash only). Keyed by the
/// SHA-256 of its content, so it never changes: a new image is a new document, and invoices issued
/// with an older logo still find theirs.
/// </summary>
public sealed class BusinessLogoImage
{
    public string Id { get; set; } = "";
    public string MediaType { get; set; } = "";
    public byte[] Content { get; set; } = [];
}
