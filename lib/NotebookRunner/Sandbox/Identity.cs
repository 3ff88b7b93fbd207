using System.Globalization;

namespace NotebookRunner.Sandbox;

/// <summary>
/// Who a sandbox runs as. As root, each kernel runs as a uid of its own from a block of 64 that
/// belongs to this nbrun process: 60000 + 64·(process id mod 512) and up (no such user exists on
/// the machine; it owns nothing outside the sandbox's tmpfs). Graders running side by side thus
/// never share a uid, and so never share a process limit. Inside, /etc/passwd and /etc/group (two
/// small files per block, kept in the temp folder) name the uids "student", because .NET asks for
/// the user's name at start.
/// </summary>
public static class Identity
{
    public const int MaxSlots = 64;
    private const int Blocks = 512;

    /// <summary>The first uid of the block of a process: the tests look for a grader's sandboxes by
    /// it.</summary>
    public static int FirstUidOf(int processId) => 60000 + MaxSlots * (processId % Blocks);

    private static readonly int FirstUid = FirstUidOf(Environment.ProcessId);
    private static readonly Lazy<(string Passwd, string Group)> Files = new(Write);

    public static bool IsRoot => Environment.IsPrivilegedProcess;

    public static int SlotUser(int slot) => FirstUid + (slot % MaxSlots);

    public static string PasswdFile => Files.Value.Passwd;

    public static string GroupFile => Files.Value.Group;

    /// <summary>Processes and threads this user runs now (RLIMIT_NPROC counts them all).</summary>
    public static int ThreadsOfCurrentUser()
    {
        var uid = CurrentUid().ToString(CultureInfo.InvariantCulture);
        var count = 0;
        foreach (var status in Directory.EnumerateDirectories("/proc")
            .Select(d => Path.Combine(d, "status")))
        {
            try
            {
                var lines = File.ReadAllLines(status);
                if (lines.FirstOrDefault(l => l.StartsWith("Uid:", StringComparison.Ordinal))
                    ?.Split('\t', StringSplitOptions.RemoveEmptyEntries)[1] != uid) continue;
                count += int.Parse(lines.First(l =>
                    l.StartsWith("Threads:", StringComparison.Ordinal))[8..].Trim(),
                    CultureInfo.InvariantCulture);
            }
            catch (Exception error)
                when (error is IOException or UnauthorizedAccessException or FormatException
                    or InvalidOperationException or IndexOutOfRangeException)
            {
                // a process that ended while being read
            }
        }
        return count;
    }

    private static int CurrentUid()
    {
        var line = File.ReadLines("/proc/self/status")
            .First(l => l.StartsWith("Uid:", StringComparison.Ordinal));
        return int.Parse(line.Split('\t', StringSplitOptions.RemoveEmptyEntries)[1],
            CultureInfo.InvariantCulture);
    }

    private static (string, string) Write()
    {
        var folder = Path.Combine(Path.GetTempPath(), "nbrun-identity",
            FirstUid.ToString(CultureInfo.InvariantCulture));
        Directory.CreateDirectory(folder);
        var uids = Enumerable.Range(FirstUid, MaxSlots).Append(CurrentUid()).Distinct().ToList();
        var passwd = string.Concat(
            uids.Select(u => $"student:x:{u}:{u}:student:/home/student:/bin/sh\n"));
        var group = string.Concat(uids.Select(u => $"student:x:{u}:\n"));
        var passwdFile = Path.Combine(folder, "passwd");
        var groupFile = Path.Combine(folder, "group");
        WriteIfChanged(passwdFile, passwd);
        WriteIfChanged(groupFile, group);
        return (passwdFile, groupFile);
    }

    private static void WriteIfChanged(string path, string text)
    {
        if (File.Exists(path) && File.ReadAllText(path) == text) return;
        Notebooks.AtomicFile.WriteAllText(path, text);
    }
}
