using System.Runtime.InteropServices;

namespace Blueindic.Faults;

/// <summary>POSIX signals to processes the drills did not start themselves (or want to stop gracefully).</summary>
internal static class Signals
{
    public const int Term = 15;
    public const int Stop = 19;

    /// <summary>kill(2); false when the process is gone.</summary>
    public static bool Send(int pid, int signal) => Kill(pid, signal) == 0;

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}
