using Blueindic.Domain.Aeat;

namespace Blueindic.Domain.Tests.Aeat;

public class VerifactuSubmissionTests
{
    private static readonly DateTimeOffset Noon = new(2026, 6, 15, 12, 0, 0, TimeSpan.FromHours(2));
    private static readonly Guid Id = VerifactuSubmission.StreamIdFor("tenant");

    private static VerifactuSubmission Answered(int waitSeconds) =>
        VerifactuSubmission.Create(new VerifactuSubmissionOpened(Id)).Apply(new VerifactuBatchAnswered(Guid.NewGuid(), "https://aeat.test",
            Noon.AddSeconds(-1), Noon, 5, "Correcto", "CSV1", waitSeconds, []));

    [Fact]
    public void The_first_batch_goes_as_soon_as_there_is_a_record()
    {
        var opened = VerifactuSubmission.Create(new VerifactuSubmissionOpened(Id));
        opened.MaySend(1, Noon).ShouldBeTrue();
        opened.MaySend(0, Noon).ShouldBeFalse();
    }

    [Fact]
    public void After_an_answer_the_next_batch_waits_the_time_the_AEAT_asked_for()
    {
        var answered = Answered(60);
        answered.Batches.ShouldBe(1);
        answered.NextSendAt.ShouldBe(Noon.AddSeconds(60));
        answered.MaySend(10, Noon.AddSeconds(59)).ShouldBeFalse();
        answered.MaySend(10, Noon.AddSeconds(60)).ShouldBeTrue();
    }

    [Fact]
    public void A_thousand_records_go_without_waiting_and_fewer_wait()
    {
        Answered(3600).MaySend(1000, Noon.AddSeconds(1)).ShouldBeTrue();
        Answered(3600).MaySend(999, Noon.AddSeconds(1)).ShouldBeFalse();
    }

    [Fact]
    public void A_configured_batch_size_stays_within_the_AEAT_limit()
    {
        VerifactuSubmission.BatchSizeWithin(5000).ShouldBe(1000);
        VerifactuSubmission.BatchSizeWithin(0).ShouldBe(1);
        VerifactuSubmission.BatchSizeWithin(250).ShouldBe(250);
    }

    [Fact]
    public void Each_business_has_its_own_submission_stream()
    {
        VerifactuSubmission.StreamIdFor("a").ShouldBe(VerifactuSubmission.StreamIdFor("a"));
        VerifactuSubmission.StreamIdFor("a").ShouldNotBe(VerifactuSubmission.StreamIdFor("b"));
    }

    [Theory]
    [InlineData("Correcto", VerifactuRecordStatus.Accepted)]
    [InlineData("AceptadoConErrores", VerifactuRecordStatus.Accepted)]
    [InlineData("Incorrecto", VerifactuRecordStatus.Rejected)]
    public void The_AEATs_verdict_on_a_record_maps_to_accepted_or_rejected(string estado, string status) =>
        VerifactuRecordStatus.Of(estado).ShouldBe(status);
}
