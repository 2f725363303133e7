namespace Blueindic.Domain.Clients;

/// <summary>The language mails to a client are written in: an ISO 639-1 code, Spanish unless the client reads English.</summary>
public static class ClientLanguage
{
    public const string Spanish = "es";
    public const string English = "en";
    public const string Default = Spanish;

    public static bool IsKnown(string? code) => code is Spanish or English;
}
