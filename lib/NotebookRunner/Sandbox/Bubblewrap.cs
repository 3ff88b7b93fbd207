using System.Diagnostics;
using NotebookRunner.Kernel;

namespace NotebookRunner.Sandbox;

/// <summary>
/// Runs a graded kernel inside bubblewrap (`bwrap`), the sandbox Flatpak uses: new user, PID,
/// network, IPC, UTS and cgroup namespaces (no network, no view of nbrun or of other processes, and
/// every process the submission starts dies with the sandbox's init when the kernel is stopped or
/// nbrun dies), a read-only view of the system and of the kernel's files, the course view
/// (<see cref="CourseView"/>) read-only, and size-capped private tmpfs folders as the only writable
/// places. Limits come from prlimit (<see cref="SandboxLimits"/>). When nbrun runs as root, the
/// kernel runs as an unprivileged user of its own with no capabilities (one uid per worker slot, so
/// process limits are not shared), since Linux does not apply RLIMIT_NPROC to root; otherwise
/// bubblewrap runs unprivileged in a user namespace as the user who runs nbrun.
/// </summary>
public static class Bubblewrap
{
    public const string Program = "bwrap";
    private const string KernelInside = "/opt/nbrun/kernel";
    private const string ProbeInside = "/opt/nbrun/probe";
    public const string HomeInside = "/home/student";

    /// <summary>Null when bubblewrap works here, else what is wrong and how to fix it.</summary>
    public static string? Problem()
    {
        try
        {
            var info = new ProcessStartInfo(Program)
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true
            };
            foreach (var argument in new[] { "--unshare-all", "--ro-bind", "/", "/", "--proc",
                "/proc", "--dev", "/dev", "true" }) info.ArgumentList.Add(argument);
            using var probe = Process.Start(info)!;
            var error = probe.StandardError.ReadToEnd();
            probe.WaitForExit();
            return probe.ExitCode == 0 ? null
                : $"bubblewrap cannot create a sandbox here ({error.Trim()}): allow unprivileged " +
                "user namespaces " +
                  "(sysctl kernel.unprivileged_userns_clone=1; in a container, run it with user " +
                  "namespaces enabled)";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "bubblewrap (bwrap) is not installed: sudo apt-get install bubblewrap " +
                "(Debian/Ubuntu); it needs Linux";
        }
    }

    /// <summary>The launch of a kernel in a new sandbox showing <paramref name="view"/>, with the
    /// probe assembly at /opt/nbrun/probe.</summary>
    public static KernelLaunch Launch(KernelTool tool, CourseView view, SandboxLimits limits,
        int slot)
    {
        var dotnet = DotnetHost.Path;
        if (!Path.IsPathRooted(dotnet))
            throw new InvalidOperationException(
                "the grader could not find the dotnet executable to mount in the sandbox: put " +
                "dotnet on PATH or set DOTNET_HOST_PATH to its full path");
        var dotnetRoot = Path.GetDirectoryName(ResolveLink(dotnet))!;
        var size = limits.WritableBytes.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var args = new List<string>(limits.PrlimitArguments(ProcessAllowance(limits)))
        {
            "--", Program, "--die-with-parent", "--new-session", "--hostname", "sandbox",
                "--clearenv",
        };
        // As root the kernel's own uid (set by setpriv below) is what limits it, so no user
        // namespace: in one, that uid would not exist.
        args.AddRange(Identity.IsRoot
            ? ["--unshare-ipc", "--unshare-pid", "--unshare-net", "--unshare-uts",
                "--unshare-cgroup-try"]
            : ["--unshare-all"]);
        var folders = new Folders(args);
        SystemView(args, dotnetRoot, folders);
        folders.Bind(tool.Folder, KernelInside);
        folders.Bind(ProbeAssembly, ProbeReference);
        folders.Parents(view.WorkingDirectory);
        args.AddRange(["--perms", "0777", "--size", size, "--tmpfs", view.WorkingDirectory]);
        foreach (var (host, inside) in view.Files) folders.Bind(host, inside);
        folders.Parents(HomeInside);
        args.AddRange(["--perms", "1777", "--size", size, "--tmpfs", "/tmp", "--perms", "0777",
            "--size", size, "--tmpfs", HomeInside]);
        foreach (var (name, value) in Variables(dotnetRoot, limits))
            args.AddRange(["--setenv", name, value]);
        args.AddRange(["--chdir", view.WorkingDirectory, "--"]);
        // As root, bubblewrap mounts with root's rights, then setpriv drops to the slot's uid and
        // every capability, and sets the kernel's parent-death signal again (a change of uid clears
        // it), so it dies with the sandbox whatever the order.
        if (Identity.IsRoot)
            args.AddRange(["setpriv", $"--reuid={Identity.SlotUser(slot)}",
                $"--regid={Identity.SlotUser(slot)}", "--clear-groups", "--pdeathsig", "KILL",
                "--inh-caps=-all", "--bounding-set=-all", "--"]);
        args.AddRange([Path.Combine(dotnetRoot, "dotnet"),
            Path.Combine(KernelInside, Path.GetFileName(tool.EntryAssembly)),
            "stdio", "--working-dir", view.WorkingDirectory]);
        return new KernelLaunch("prlimit", args, Path.GetTempPath(),
            new Dictionary<string, string>());
    }

    /// <summary>GradingProbe.dll, mounted alone and read-only for the probe cells' #r.</summary>
    public static string ProbeAssembly => typeof(GradingProbe.Recorder).Assembly.Location;

    public static string ProbeReference => $"{ProbeInside}/{Path.GetFileName(ProbeAssembly)}";

    /// <summary>
    /// Read-only binds, each preceded by its parent folders made world-readable: bubblewrap running
    /// as root would otherwise create them mode 0700, and the kernel's unprivileged user could not
    /// reach what is mounted below them.
    /// </summary>
    private sealed class Folders(List<string> args)
    {
        private readonly HashSet<string> made = ["/"];

        public void Bind(string host, string inside)
        {
            Parents(inside);
            args.AddRange(["--ro-bind", host, inside]);
        }

        public void Parents(string inside)
        {
            var parent = Path.GetDirectoryName(inside);
            if (parent is null || made.Contains(parent)) return;
            Parents(parent);
            made.Add(parent);
            args.AddRange(["--perms", "0755", "--dir", parent]);
        }
    }

    private static void SystemView(List<string> args, string dotnetRoot, Folders folders)
    {
        folders.Bind("/usr", "/usr");
        args.AddRange(["--proc", "/proc", "--dev", "/dev"]);
        foreach (var top in new[] { "/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32" })
        {
            var info = new FileInfo(top);
            if (info.LinkTarget is { } target) args.AddRange(["--symlink", target, top]);
            else if (Directory.Exists(top)) folders.Bind(top, top);
        }
        foreach (var file in new[] { "/etc/ld.so.cache", "/etc/localtime", "/etc/timezone" })
            if (File.Exists(file)) folders.Bind(file, file);
        folders.Bind(Identity.PasswdFile, "/etc/passwd");
        folders.Bind(Identity.GroupFile, "/etc/group");
        if (!dotnetRoot.StartsWith("/usr/", StringComparison.Ordinal))
            folders.Bind(dotnetRoot, dotnetRoot);
    }

    private static IEnumerable<(string, string)> Variables(string dotnetRoot,
        SandboxLimits limits) =>
    [
        ("PATH", "/usr/bin:/bin"), ("HOME", HomeInside), ("TMPDIR", "/tmp"), ("LANG", "C.UTF-8"),
            ("USER", "student"),
        ("DOTNET_ROOT", dotnetRoot), ("DOTNET_CLI_HOME", HomeInside),
        ("NUGET_PACKAGES", HomeInside + "/.nuget/packages"),
        ("DOTNET_gcServer", "0"), ("DOTNET_GCHeapHardLimit", limits.HeapHex),
        ("DOTNET_GCRegionRange", limits.RegionRangeHex),
        ("MALLOC_ARENA_MAX", "2"), ("DOTNET_EnableWriteXorExecute", "0"), ("DOTNET_TieredPGO", "0"),
        .. KernelLaunch.QuietEnvironment.Select(p => (p.Key, p.Value)),
    ];

    /// <summary>RLIMIT_NPROC counts every process and thread of the user: a slot's own uid starts
    /// at 0, another user's at what it runs now.</summary>
    private static int ProcessAllowance(SandboxLimits limits) =>
        Identity.IsRoot ? limits.Processes : limits.Processes + Identity.ThreadsOfCurrentUser();

    private static string ResolveLink(string path) =>
        new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? path;
}
