using System.Diagnostics;
using System.Globalization;

namespace NotebookRunner.Tests.Support;

/// <summary>
/// A process's own peak resident memory (VmHWM in /proc/PID/status) and CPU time (user + system of its threads, from
/// /proc/PID/stat; its children, such as kernels, apart), sampled every 20 ms until it exits. VmHWM only grows, so the
/// last sample is the peak, but for what the process's last 20 ms added.
/// </summary>
public sealed class ProcessPeak
{
    private static readonly double TicksPerSecond = ClockTicks();

    public long PeakBytes { get; private set; }

    public TimeSpan Cpu { get; private set; }

    public int Samples { get; private set; }

    /// <summary>Samples until the process exits: pass it to <see cref="Nbrun.Watched"/>.</summary>
    public void Watch(Process process)
    {
        while (!process.HasExited)
        {
            Sample(process.Id);
            Thread.Sleep(20);
        }
    }

    private void Sample(int id)
    {
        try
        {
            var status = File.ReadAllLines($"/proc/{id}/status");
            var line = status.FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            if (line is null) return;
            var kilobytes = long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
            var fields = File.ReadAllText($"/proc/{id}/stat").Split(')')[^1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            PeakBytes = Math.Max(PeakBytes, kilobytes * 1024);
            Cpu = TimeSpan.FromSeconds(ticks / TicksPerSecond);
            Samples++;
        }
        catch (Exception error) when (error is IOException or FormatException or IndexOutOfRangeException)
        {
            // the process ended while being read
        }
    }

    /// <summary>The kernel's clock ticks per second (getconf CLK_TCK), 100 on every Linux this runs on.</summary>
    private static double ClockTicks()
    {
        var getconf = Process.Start(new ProcessStartInfo("getconf", "CLK_TCK") { RedirectStandardOutput = true })!;
        var text = getconf.StandardOutput.ReadToEnd().Trim();
        getconf.WaitForExit();
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var ticks) && ticks > 0 ? ticks : 100;
    }
}
