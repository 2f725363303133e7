namespace Blueindic.Faults;

/// <summary>What the drills saw, and the expectations each must meet; any unmet one fails the run.</summary>
internal sealed class Report
{
    private int _failed;
    private int _met;

    public bool Failed => _failed > 0;

    public static void Section(string title) => Console.WriteLine($"\n== {title}");

    public static void Saw(string what) => Console.WriteLine($"   {what}");

    public void Expect(bool met, string expectation)
    {
        if (met) _met++; else _failed++;
        Console.WriteLine($"   {(met ? "ok  " : "FAIL")} {expectation}");
    }

    public void Summary() => Console.WriteLine($"\nfaults: {_met} expectations met, {_failed} failed");
}
