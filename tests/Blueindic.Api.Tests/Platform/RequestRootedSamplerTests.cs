using System.Diagnostics;
using Blueindic.Api.Telemetry;
using OpenTelemetry.Trace;

namespace Blueindic.Api.Tests.Platform;

public sealed class RequestRootedSamplerTests
{
    private static readonly Sampler Sampler = new ParentBasedSampler(new RequestRootedSampler());

    private static SamplingDecision Decide(string name, ActivityKind kind, ActivityContext parent = default) =>
        Sampler.ShouldSample(new SamplingParameters(parent, ActivityTraceId.CreateRandom(), name, kind)).Decision;

    [Theory]
    [InlineData("GET /api/me", ActivityKind.Server, SamplingDecision.RecordAndSample)]
    [InlineData("RunClientImport process", ActivityKind.Consumer, SamplingDecision.RecordAndSample)]
    [InlineData("postgresql", ActivityKind.Client, SamplingDecision.Drop)]
    [InlineData("marten.daemon.highwatermark", ActivityKind.Internal, SamplingDecision.Drop)]
    public void A_trace_starts_at_a_request_or_a_message_never_at_a_database_call(string name, ActivityKind kind, SamplingDecision expected) =>
        Decide(name, kind).ShouldBe(expected);

    [Theory]
    [InlineData(ActivityTraceFlags.Recorded, SamplingDecision.RecordAndSample)]
    [InlineData(ActivityTraceFlags.None, SamplingDecision.Drop)]
    public void Database_spans_follow_the_request_they_belong_to(ActivityTraceFlags parentFlags, SamplingDecision expected)
    {
        var request = new ActivityContext(ActivityTraceId.CreateRandom(), ActivitySpanId.CreateRandom(), parentFlags);
        Decide("postgresql", ActivityKind.Client, request).ShouldBe(expected);
        Decide("marten.connection", ActivityKind.Internal, request).ShouldBe(expected);
    }
}
