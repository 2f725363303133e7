namespace Blueindic.Api.Mail;

/// <summary>Who caused the facts the server records by itself, as the history and the audit show them.</summary>
public static class SystemUser
{
    /// <summary>The reminder scan: a policy step fell due.</summary>
    public const string Reminders = "system:reminders";

    /// <summary>The mail relay gave up on a mail.</summary>
    public const string Mail = "system:mail";

    /// <summary>The AEAT answered a batch of VERI*FACTU records.</summary>
    public const string Verifactu = "system:verifactu";
}
