using Microsoft.DotNet.Interactive.Commands;
using NotebookRunner.Assignments;
using NotebookRunner.Execution;
using NotebookRunner.Kernel;
using NotebookRunner.Notebooks;

namespace NotebookRunner.Sandbox;

/// <summary>
/// Where graded code runs, for one grading run: the kernel tool, the course view a notebook sees
/// (the reference run with the course library, students with its grading build, in which the answer
/// members throw), the limits, and whether kernels run in bubblewrap. Without isolation (an
/// explicit --no-isolation where bubblewrap cannot run) each kernel gets a private temp folder
/// holding copies of the same files, and every report says so.
/// </summary>
public sealed class GradingEnvironment
{
    private readonly CourseView referenceView;
    private readonly CourseView studentView;
    private int kernelsStarted;

    private GradingEnvironment(Assignment assignment, KernelTool tool, ExecutionLimits limits,
        bool isolated, CourseView reference, CourseView student)
    {
        Assignment = assignment;
        Tool = tool;
        Limits = limits;
        Isolated = isolated;
        referenceView = reference;
        studentView = student;
        Sandbox = new SandboxLimits(limits.MemoryLimitBytes > 0 ? limits.MemoryLimitBytes
            : 1L << 30,
            CpuSeconds: (int)Math.Min(int.MaxValue,
                2 * (limits.NotebookTimeout ?? TimeSpan.FromMinutes(10)).TotalSeconds + 60));
    }

    public Assignment Assignment { get; }

    public KernelTool Tool { get; }

    public ExecutionLimits Limits { get; }

    public bool Isolated { get; }

    public SandboxLimits Sandbox { get; }

    /// <summary>The course library files the source references (for reading submissions with
    /// Roslyn).</summary>
    public IReadOnlyList<string> LibraryFiles =>
        referenceView.Files.Select(f => f.Host)
        .Where(f => f.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)).ToList();

    /// <summary>The path (as the source writes it) of the course library file a submission's #r
    /// path means, or null (<see cref="LibraryReferences"/>).</summary>
    public string? LibraryReference(string path) => LibraryReferences.Resolve(studentView, path);

    public static GradingEnvironment Create(Assignment assignment, ExecutionLimits limits,
        bool isolate)
    {
        if (isolate && Bubblewrap.Problem() is { } problem)
            throw new NotebookException(
                $"grading runs each submission in a sandbox, but {problem}. To grade anyway on a " +
                "machine you trust with these submissions, " +
                "pass --no-isolation: every report then says the work was graded without " +
                "isolation.", 2);
        var tool = KernelTool.Find(Path.GetDirectoryName(assignment.Path));
        var view = CourseView.For(assignment);
        var library = view.Files.Select(f => f.Host)
            .FirstOrDefault(f => Path.GetFileName(f) == GradingLibrary.LibraryFile)
            ?? throw new NotebookException(
                $"{assignment.Notebook.FileName} does not #r the course library " +
                $"({GradingLibrary.LibraryFile}) by a relative path.", 2);
        var libraryFolder = Path.GetDirectoryName(library)!;
        var grading = GradingLibrary.Build(libraryFolder, assignment.AnswerMembers);
        return new GradingEnvironment(assignment, tool, limits, isolate, view,
            view.Substitute(libraryFolder, grading));
    }

    /// <summary>
    /// Starts a kernel for the reference run (the course library) or for a student (the grading
    /// build), each in a sandbox of its own with a user of its own (numbered round the
    /// <see cref="Identity.MaxSlots"/> uids, far more than run at once).
    /// </summary>
    public async Task<GradingKernel> StartAsync(bool forStudent)
    {
        var view = forStudent ? studentView : referenceView;
        if (Isolated)
        {
            var user = Interlocked.Increment(ref kernelsStarted);
            var kernel = await KernelConnection.StartAsync(
                Bubblewrap.Launch(Tool, view, Sandbox, user), Limits.StartTimeout);
            return new GradingKernel(kernel, Bubblewrap.ProbeReference, null);
        }
        var folder = Path.Combine(Path.GetTempPath(), "nbrun-unisolated", Guid.NewGuid()
            .ToString("N"));
        var work = Path.Combine(folder, view.WorkingDirectory.TrimStart('/'));
        Directory.CreateDirectory(work);
        foreach (var (host, inside) in view.Files.Where(f => File.Exists(f.Host)))
        {
            var copy = Path.Combine(folder, inside.TrimStart('/'));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(host, copy, overwrite: true);
        }
        var launch = KernelLaunch.Direct(Tool, work);
        var environment = new Dictionary<string, string>(launch.Environment)
        {
            ["DOTNET_gcServer"] = "0",
            ["DOTNET_GCHeapHardLimit"] = Sandbox.HeapHex
        };
        var direct = await KernelConnection.StartAsync(launch with { Environment = environment },
            Limits.StartTimeout);
        return new GradingKernel(direct, Bubblewrap.ProbeAssembly, folder);
    }

    /// <summary>
    /// A started kernel that has already compiled one submission ("0"), within the start limit: a
    /// fresh kernel's first compilation starts Roslyn, which takes seconds (far more on a busy
    /// machine), and must not count against the first cell's own time limit.
    /// </summary>
    public async Task<GradingKernel> StartWarmAsync(bool forStudent)
    {
        var kernel = await StartAsync(forStudent);
        await kernel.Connection.SubmitAsync(new SubmitCode("0", "csharp"), Limits.StartTimeout,
            OutputCaps.Small);
        return kernel;
    }
}
