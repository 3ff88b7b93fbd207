using System.Text.RegularExpressions;
using CourseKit.Testing;

namespace NotebookRunner.Tests.Architecture;

/// <summary>
/// The runner's folders are stages and data flows one way (STYLE.md, "The tools around the notebooks"): each namespace uses
/// only the stages declared below it, no two namespaces reach each other through any path, and each file's namespace is
/// its folder. Dependencies are read from the compiled nbrun.dll with Mono.Cecil (which the runner already uses): base
/// types, interfaces, attributes, fields, signatures, locals and every type, method and field a method body names,
/// compiler-made types (lambdas, async state machines) counted as the type that holds them. Written by hand rather than
/// with NetArchTest.Rules: its 1.3.2 restores here, but a failed rule names only the failing types, not what they use,
/// and it has no check for cycles.
/// </summary>
public sealed partial class LayeringTests
{
    private const string Root = "NotebookRunner";

    /// <summary>Bottom to top: each stage and the stages it may use, all declared before it. README's runner table shows this.</summary>
    public static readonly IReadOnlyList<(string Stage, string[] MayUse)> Stages =
    [
        ("Notebooks", []),
        ("Kernel", ["Notebooks"]),
        ("Execution", ["Notebooks", "Kernel"]),
        ("Assignments", ["Notebooks"]),
        ("FileApps", ["Notebooks", "Assignments"]),
        ("Export", ["Notebooks", "Kernel", "Execution", "Assignments"]),
        ("Sandbox", ["Notebooks", "Kernel", "Execution", "Assignments"]),
        ("Judging", ["Notebooks", "Kernel", "Execution", "Assignments", "Sandbox"]),
        ("Reports", ["Assignments", "Judging"]),
        ("Cli", ["Notebooks", "Kernel", "Execution", "Assignments", "FileApps", "Export", "Sandbox", "Judging", "Reports"]),
        (Root, ["Notebooks", "Cli"]),
    ];

    [Fact]
    public void Each_stage_may_use_only_stages_declared_below_it()
    {
        var problems = Stages.SelectMany((s, i) => s.MayUse
            .Where(used => !Stages.Take(i).Any(below => below.Stage == used))
            .Select(used => $"{s.Stage} may use {used}, which is not declared below it")).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Every_namespace_of_the_runner_is_a_declared_stage()
    {
        var undeclared = Dependencies.Types.Where(t => !Stages.Any(s => s.Stage == Dependencies.StageOf(t)))
            .GroupBy(Dependencies.StageOf).Select(g => $"{g.Key} ({string.Join(", ", g.Select(t => t.Name).Order(StringComparer.Ordinal))})").ToList();
        Assert.True(undeclared.Count == 0,
            $"namespaces that are no stage of LayeringTests.Stages: {string.Join("; ", undeclared)}. Declare the stage, or move its types to one.");
    }

    [Fact]
    public void Each_stage_uses_only_the_stages_below_it()
    {
        var allowed = Stages.ToDictionary(s => s.Stage, s => s.MayUse.ToHashSet());
        var violations = Dependencies.Merged(Dependencies.Edges
                .Where(d => allowed.TryGetValue(d.FromStage, out var mayUse) && d.FromStage != d.ToStage && !mayUse.Contains(d.ToStage)))
            .Select(d => $"{d} — {d.FromStage} may use {Describe(allowed[d.FromStage])}").ToList();
        Assert.True(violations.Count == 0, $"uses against the stage order ({violations.Count}):\n" + string.Join("\n", violations));
    }

    [Fact]
    public void No_namespaces_reach_each_other_in_a_cycle()
    {
        var cycles = Cycles(Dependencies.Edges).ToList();
        Assert.True(cycles.Count == 0, $"namespace cycles ({cycles.Count}):\n" + string.Join("\n", cycles));
    }

    /// <summary>An oracle for the reader itself: a dependency that only an async method's body has is found.</summary>
    [Fact]
    public void The_reader_sees_inside_async_method_bodies()
    {
        Assert.Contains(Dependencies.Edges, d => d.From == "NotebookExecutor" && d.To == "KernelConnection" && d.Where == "RunAsync");
    }

    [Fact]
    public void Each_file_s_namespace_is_its_folder()
    {
        var folder = Path.Combine(NodeAssets.RepositoryRoot(), "lib", Root);
        var wrong = Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith("bin/", StringComparison.Ordinal) && !f.StartsWith("obj/", StringComparison.Ordinal))
            .Select(f => (File: f, Expected: string.Join('.', [Root, .. f.Split('/').SkipLast(1)]),
                Actual: NamespaceLine().Match(File.ReadAllText(Path.Combine(folder, f))).Groups["name"].Value))
            .Where(f => f.Actual != f.Expected)
            .Select(f => $"lib/{Root}/{f.File} declares namespace {f.Actual}, but its folder makes it {f.Expected}").ToList();
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    private static string Describe(IReadOnlySet<string> stages) =>
        stages.Count == 0 ? "no other stage" : "only " + string.Join(", ", stages.Order(StringComparer.Ordinal));

    /// <summary>One cycle for each dependency that can be followed back to where it started, each hop with its first example.</summary>
    private static IEnumerable<string> Cycles(IReadOnlyList<Dependency> edges)
    {
        var between = edges.Where(e => e.FromStage != e.ToStage).GroupBy(e => (e.FromStage, e.ToStage)).ToDictionary(g => g.Key, g => g.First());
        var next = between.Keys.ToLookup(k => k.FromStage, k => k.ToStage);
        var seen = new HashSet<string>();
        foreach (var (from, to) in between.Keys)
        {
            if (PathBetween(to, from, next) is not { } back) continue;
            var loop = Rotated([from, .. back]);
            var key = string.Join(" → ", loop);
            if (!seen.Add(key)) continue;
            var hops = loop.Zip([.. loop.Skip(1), loop[0]]).Select(h => between[h].ToString());
            yield return $"{key} → {loop[0]}: {string.Join("; ", hops)}";
        }
    }

    private static List<string> Rotated(List<string> loop)
    {
        var start = loop.IndexOf(loop.Min(StringComparer.Ordinal)!);
        return [.. loop.Skip(start), .. loop.Take(start)];
    }

    /// <summary>The stages on the shortest path from one stage to another (the start included, the goal not), or null when there is none.</summary>
    private static List<string>? PathBetween(string start, string goal, ILookup<string, string> next)
    {
        var cameFrom = new Dictionary<string, string> { [start] = start };
        var queue = new Queue<string>([start]);
        while (queue.TryDequeue(out var stage))
        {
            if (stage == goal)
            {
                var path = new List<string> { goal };
                while (path[0] != start) path.Insert(0, cameFrom[path[0]]);
                return path.SkipLast(1).ToList();
            }
            foreach (var after in next[stage])
                if (cameFrom.TryAdd(after, stage)) queue.Enqueue(after);
        }
        return null;
    }

    [GeneratedRegex(@"^namespace\s+(?<name>[\w.]+)\s*;", RegexOptions.Multiline)]
    private static partial Regex NamespaceLine();
}
