using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Sockets;
using System.Text.Json;

namespace Blueindic.Faults;

/// <summary>One request's fate: an HTTP status (with its problem's title), or no answer (refused, dropped, timed out).</summary>
internal sealed record Outcome(string Node, long StartedAt, TimeSpan Took, int Status, bool Problem, string? Title, Guid? InvoiceId, string? NoAnswer)
{
    public bool Acknowledged => Status is >= 200 and < 300;

    /// <summary>Worth sending again with the same Idempotency-Key: the server could not say yet what became of it.</summary>
    public bool Retriable => Status == 503 || NoAnswer is not null || Title == "Request in progress";
    public long EndedAt => StartedAt + (long)(Took.TotalSeconds * Stopwatch.Frequency);
}

/// <summary>
/// Callers issuing invoices as fast as answers come, spread over the given nodes, until stopped.
/// Each invoice has an Idempotency-Key of its own, and a careful client's habits: after a 503 or no
/// answer, or a 409 "Request in progress", it sends the same request with the same key again 50 ms later.
/// </summary>
internal sealed class Traffic(Business business, IReadOnlyList<ApiNode> nodes, int callers)
{
    private readonly ConcurrentQueue<Outcome> _outcomes = new();
    private readonly CancellationTokenSource _stop = new();
    private Task[] _callers = [];
    private int _sent;

    public IReadOnlyCollection<Outcome> Outcomes => _outcomes;

    public void Start() =>
        _callers = Enumerable.Range(0, callers).Select(c => Task.Run(async () =>
        {
            string? key = null;
            // Retries go out at most every 50 ms, as a client backs off; answered requests follow at once.
            using var backoff = new PeriodicTimer(TimeSpan.FromMilliseconds(50));
            while (!_stop.IsCancellationRequested)
            {
                var node = nodes[Interlocked.Increment(ref _sent) % nodes.Count];
                key ??= Guid.NewGuid().ToString();
                var outcome = await IssueAsync(node, key);
                _outcomes.Enqueue(outcome);
                if (outcome.Retriable) await backoff.WaitForNextTickAsync();
                else key = null;
            }
        })).ToArray();

    /// <summary>Invoices acknowledged (on <paramref name="node"/>, or any) by requests started after <paramref name="since"/>.</summary>
    public int AcknowledgedSince(long since, ApiNode? node = null) =>
        _outcomes.Count(o => o.Acknowledged && o.StartedAt >= since && (node is null || o.Node == node.Name));

    /// <summary>503s answered to requests that ended after <paramref name="since"/>.</summary>
    public int UnavailableSince(long since) => _outcomes.Count(o => o.Status == 503 && o.EndedAt > since);

    public async Task StopAsync()
    {
        await _stop.CancelAsync();
        await Task.WhenAll(_callers);
    }

    private async Task<Outcome> IssueAsync(ApiNode node, string idempotencyKey)
    {
        var started = Stopwatch.GetTimestamp();
        using var request = business.Post("/api/invoices", business.Invoice, idempotencyKey);
        try
        {
            using var response = await node.Http.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            var problem = response.Content.Headers.ContentType?.MediaType == "application/problem+json";
            Guid? id = response.IsSuccessStatusCode ? JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid() : null;
            var title = problem ? JsonDocument.Parse(body).RootElement.GetProperty("title").GetString() : null;
            return new Outcome(node.Name, started, Stopwatch.GetElapsedTime(started), (int)response.StatusCode, problem, title, id, null);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            var kind = e switch
            {
                TaskCanceledException => "timed out",
                HttpRequestException { InnerException: SocketException { SocketErrorCode: SocketError.ConnectionRefused } } => "refused",
                _ => "dropped",
            };
            return new Outcome(node.Name, started, Stopwatch.GetElapsedTime(started), 0, false, null, null, kind);
        }
    }

    /// <summary>"201×812, 409 Answer lost×1, 503×40, refused×3" — what the callers got.</summary>
    public static string Tally(IEnumerable<Outcome> outcomes) =>
        string.Join(", ", outcomes.GroupBy(o => o.NoAnswer ?? (o.Status == 409 ? $"409 {o.Title}" : o.Status.ToString()))
            .OrderBy(g => g.Key).Select(g => $"{g.Key}×{g.Count()}"));
}
