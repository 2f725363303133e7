using System.Diagnostics;
using OpenTelemetry.Trace;

namespace Blueindic.Api.Telemetry;

/// <summary>
/// Root sampler for <see cref="ParentBasedSampler"/>: a trace starts at a request (or a message), never at a
/// database call. The async daemon polls the event store several times a second, and each poll would
/// otherwise be a trace of its own (a <c>marten.daemon.highwatermark</c> span and its Npgsql command), which
/// buries the requests under idle noise. Database spans inside a request or a message are kept with their
/// parent; the daemon's own progress shows in the metrics (<c>marten_*_gap</c>, <c>marten_*_processed</c>).
/// </summary>
public sealed class RequestRootedSampler : Sampler
{
    private static readonly SamplingResult Drop = new(SamplingDecision.Drop);
    private static readonly SamplingResult Record = new(SamplingDecision.RecordAndSample);

    public RequestRootedSampler() => Description = nameof(RequestRootedSampler);

    public override SamplingResult ShouldSample(in SamplingParameters parameters) =>
        parameters.Kind == ActivityKind.Client || parameters.Name.StartsWith("marten.", StringComparison.Ordinal) ? Drop : Record;
}
