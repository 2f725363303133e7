namespace Blueindic.Api.Mail;

/// <summary>What a mail says: its subject and its plain-text body.</summary>
public sealed record MailContent(string Subject, string Text);
