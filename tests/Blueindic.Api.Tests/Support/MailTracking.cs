using Alba;
using Blueindic.Api.Mail;
using Wolverine;
using Wolverine.Tracking;

namespace Blueindic.Api.Tests.Support;

/// <summary>Waits for what a request sent by mail, through Wolverine's own message tracking.</summary>
public static class MailTracking
{
    /// <summary>
    /// Runs <paramref name="act"/> and returns once the mails it queued have been handled: delivered, or
    /// given up and recorded. Retries scheduled on the way are waited for too (tracking alone counts a
    /// mail rescheduled for later as done), and their failures are expected, not reported.
    /// </summary>
    public static async Task<T> UntilMailHandledAsync<T>(this IAlbaHost host, Func<Task<T>> act, int mails = 1)
    {
        T result = default!;
        await host.TrackActivity().Timeout(TimeSpan.FromSeconds(30)).DoNotAssertOnExceptionsDetected()
            .WaitForCondition(new MailsHandled(mails))
            .ExecuteAndWaitAsync((Func<IMessageContext, Task>)(async _ => result = await act()));
        return result;
    }

    private sealed class MailsHandled(int expected) : ITrackedCondition
    {
        private readonly HashSet<Guid> handled = [];

        public void Record(EnvelopeRecord record)
        {
            if (record.MessageEventType == MessageEventType.MessageSucceeded && record.Envelope?.Message is DeliverMail)
                lock (handled) handled.Add(record.Envelope.Id);
        }

        public bool IsCompleted()
        {
            lock (handled) return handled.Count >= expected;
        }
    }
}
