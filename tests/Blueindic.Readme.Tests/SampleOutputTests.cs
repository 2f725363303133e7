namespace Blueindic.Readme.Tests;

/// <summary>The walk-through's judge: what it lets through and what it catches.</summary>
public sealed class SampleOutputTests
{
    private const string Answer = """
        HTTP/1.1 201 Created
        Content-Type: application/json; charset=utf-8
        ETag: "1"
        {"number":"F-2027-0001","netTotal":127.34,"total":137.55,"status":"issued"}
        """;

    [Fact]
    public void Elisions_whitespace_and_lines_between_pass() =>
        SampleOutput.FirstMismatch(["HTTP/1.1 201 Created", "ETag: \"1\"", """{"number":"F-…-0001", …, "total": 137.55,…}"""], Answer).ShouldBeNull();

    [Theory]
    [InlineData("""{"number":"F-…-0001",…,"total":137.56,…}""")]   // a wrong figure
    [InlineData("""{"number":"F-…-0001","total":137.55,…}""")]     // a field left out without "…"
    [InlineData("""{"number":"F-…-0001",…,"total":137.55}""")]     // cut short without "…"
    [InlineData("HTTP/1.1 200 OK")]
    public void A_wrong_sample_is_caught(string sample) =>
        SampleOutput.FirstMismatch([sample], Answer).ShouldBe(sample);

    [Fact]
    public void Samples_are_matched_in_order() =>
        SampleOutput.FirstMismatch(["ETag: \"1\"", "HTTP/1.1 201 Created"], Answer).ShouldBe("HTTP/1.1 201 Created");

    [Fact]
    public void The_statuses_a_sample_shows_are_those_it_allows() =>
        SampleOutput.ShownStatuses(["""{"type":…,"status":412,…}""", "HTTP/1.1 202 Accepted"]).ShouldBe(new HashSet<int> { 412, 202 }, ignoreOrder: true);
}
