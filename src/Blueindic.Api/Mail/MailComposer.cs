using MimeKit;
using MimeKit.Utils;

namespace Blueindic.Api.Mail;

/// <summary>A PDF (or other file) carried by a mail.</summary>
public sealed record MailAttachment(string FileName, string MediaType, byte[] Content);

/// <summary>
/// Builds the MIME message: sent from the platform's address with the business's name beside it, and
/// the business's own email as Reply-To, so the client's answer reaches the business, while SPF and
/// DKIM stay the platform's. The Message-ID is fixed here, before the mail is queued: a resend after a
/// crash carries the same one.
/// </summary>
public static class MailComposer
{
    public static MimeMessage Compose(SmtpOptions smtp, string business, string? businessEmail, IReadOnlyList<string> to,
        IReadOnlyList<string> cc, string language, MailContent content, MailAttachment? attachment, DateTimeOffset at)
    {
        var from = MailboxAddress.Parse(smtp.From);
        var message = new MimeMessage
        {
            Subject = content.Subject,
            MessageId = MimeUtils.GenerateMessageId(from.Domain),
            Date = at,
        };
        message.From.Add(new MailboxAddress(business, from.Address));
        if (businessEmail is not null) message.ReplyTo.Add(new MailboxAddress(business, businessEmail));
        message.To.AddRange(to.Select(MailboxAddress.Parse));
        message.Cc.AddRange(cc.Select(MailboxAddress.Parse));
        message.Headers.Add(HeaderId.ContentLanguage, language);
        var body = new BodyBuilder { TextBody = content.Text };
        if (attachment is not null) body.Attachments.Add(attachment.FileName, attachment.Content, ContentType.Parse(attachment.MediaType));
        message.Body = body.ToMessageBody();
        return message;
    }

    public static byte[] Bytes(MimeMessage message)
    {
        using var buffer = new MemoryStream();
        message.WriteTo(buffer);
        return buffer.ToArray();
    }

    public static MimeMessage Read(byte[] mime) => MimeMessage.Load(new MemoryStream(mime));
}
