namespace Blueindic.Readme.Tests;

/// <summary>How a README is cut into steps: commands, the sample under them, blocks left out.</summary>
public sealed class WalkthroughParsingTests
{
    private const string Markdown = """
        ## First
        <!-- not run: it starts the server -->
        ```bash
        ./build.sh run
        ```

        ```bash
        A=1
        curl -s $API/a   # a remark, not a sample
        # {"a":1,
        #  "b":2}
        # second line
        curl -s $API/b
        ```
        ## Second
        ```bash
        echo done
        ```
        """;

    [Fact]
    public void Blocks_are_cut_into_commands_and_the_samples_under_them()
    {
        var steps = Walkthrough.Steps(Markdown);

        steps.Select(s => s.Commands).ShouldBe(["A=1\ncurl -s $API/a   # a remark, not a sample", "curl -s $API/b", "echo done"]);
        steps[0].Sample.ShouldBe(["""{"a":1, "b":2}""", "second line"]);
        steps[1].Sample.ShouldBeEmpty();
        steps.Select(s => s.Section).ShouldBe(["First", "First", "Second"]);
        steps[0].Line.ShouldBe(8);
    }
}
