using System.Collections.Concurrent;
using NotebookRunner.Tests.Support;

namespace NotebookRunner.Tests.FileApps;

/// <summary>
/// Every committed English app (apps/, apps/homework/) run once with `dotnet run`, as a student runs it, in a copy of
/// the course that holds only what an app reads: the apps, the built library (lib/NeuralNetworks/bin/Debug/net8.0/),
/// data/ and bench/where-next/ (and plotly.js, for the one run with --offline). Two at a time (each is a build and a
/// process). The Japanese apps (apps/ja/), the same code, run a few at a time in <see cref="JapaneseAppRuns"/>.
/// </summary>
public sealed class AppRuns
{
    public AppRuns()
    {
        var repository = Shell.RepositoryRoot;
        Root = CopyOfCourse();
        var apps = Directory.EnumerateFiles(Path.Combine(Root, "apps"), "*.cs", SearchOption.AllDirectories)
            .Where(app => !Relative(app).StartsWith("ja/", StringComparison.Ordinal)).ToList();
        var results = new ConcurrentDictionary<string, Shell.Result>();
        Parallel.ForEach(apps, new ParallelOptions { MaxDegreeOfParallelism = 2 }, app =>
            results[Relative(app)] = Shell.Run(Root, "dotnet", ["run", Path.GetRelativePath(Root, app)], timeoutSeconds: 600));
        Results = results;
        // Lesson 01 once more with --offline: its page then carries plotly.js, as a class without internet gets it.
        var bundle = Path.Combine("node_modules", "plotly.js-dist-min", "plotly.min.js");
        Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(Root, bundle))!);
        File.Copy(Path.Combine(repository, bundle), Path.Combine(Root, bundle));
        Offline = Shell.Run(Root, "dotnet", ["run", "apps/01-perceptron.cs", "--", "--offline"], timeoutSeconds: 600);
    }

    /// <summary>apps/01-perceptron.cs run with --offline after the others (its page is then the offline one).</summary>
    public Shell.Result Offline { get; }

    /// <summary>The copy's root; an app's chart page is apps/charts/NAME.html (apps/homework/charts/ for homework).</summary>
    public string Root { get; }

    /// <summary>Each app's run by its path under apps/ ("01-perceptron.cs", "homework/08-backprop.cs").</summary>
    public IReadOnlyDictionary<string, Shell.Result> Results { get; }

    public string Page(string app) =>
        Path.Combine(Root, "apps", Path.GetDirectoryName(app) ?? "", "charts", Path.GetFileNameWithoutExtension(app) + ".html");

    /// <summary>A new folder holding what an app reads: apps/ (its .cs files), the built library, data/ and bench/where-next/.</summary>
    public static string CopyOfCourse()
    {
        var repository = Shell.RepositoryRoot;
        var root = Nbrun.TempFolder();
        Copy(Path.Combine(repository, "apps"), Path.Combine(root, "apps"), "*.cs");
        Copy(Path.Combine(repository, "lib", "NeuralNetworks", "bin", "Debug", "net8.0"), Path.Combine(root, "lib", "NeuralNetworks", "bin", "Debug", "net8.0"), "*");
        Copy(Path.Combine(repository, "data"), Path.Combine(root, "data"), "*.csv");
        Copy(Path.Combine(repository, "bench", "where-next"), Path.Combine(root, "bench", "where-next"), "*.json");
        return root;
    }

    private string Relative(string app) => Path.GetRelativePath(Path.Combine(Root, "apps"), app).Replace('\\', '/');

    /// <summary>Copies the files of <paramref name="from"/> matching <paramref name="pattern"/>, leaving out apps' chart pages.</summary>
    public static void Copy(string from, string to, string pattern)
    {
        foreach (var file in Directory.EnumerateFiles(from, pattern, SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            if (target.Contains($"{Path.DirectorySeparatorChar}charts{Path.DirectorySeparatorChar}", StringComparison.Ordinal)) continue;
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
