using System.Diagnostics;
using System.Runtime.InteropServices;

/// <summary>
/// The CPU time this process has used, in seconds: clock_gettime(CLOCK_PROCESS_CPUTIME_ID) where there is one (Linux;
/// nanoseconds, the clock Python's time.process_time reads for bench/refclock.py), else Process.TotalProcessorTime.
/// </summary>
static class CpuClock
{
    private const int ProcessCpuTimeId = 2;

    public static double Seconds
    {
        get
        {
            if (OperatingSystem.IsLinux() && clock_gettime(ProcessCpuTimeId, out Timespec t) == 0) return t.Seconds + t.Nanoseconds * 1e-9;
            return Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;
        }
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct Timespec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc")]
    private static extern int clock_gettime(int clock, out Timespec time);
}
