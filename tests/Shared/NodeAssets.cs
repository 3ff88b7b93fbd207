using System.Text.Json;

namespace CourseKit.Testing;

/// <summary>
/// The repository's pinned web assets (plotly.js, KaTeX, highlight.js, require.js) that `npm ci` puts in node_modules
/// beside package.json. Browser tests need them; when they are missing, <see cref="Require"/> fails at once with the
/// command that fixes it, instead of a page waiting out a timeout for a script that never loads.
/// </summary>
public static class NodeAssets
{
    /// <summary>The folder holding package.json, found by walking up from <paramref name="start"/> (default: the test's output folder).</summary>
    public static string RepositoryRoot(string? start = null)
    {
        start ??= AppContext.BaseDirectory;
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "package.json")))
                return dir.FullName;
        throw new DirectoryNotFoundException($"No package.json above {start}: run the tests from inside the repository.");
    }

    /// <summary>node_modules of the repository above <paramref name="start"/>, with the pinned plotly.js in it.</summary>
    public static string Require(string? start = null)
    {
        string root = RepositoryRoot(start);
        string modules = Path.Combine(root, "node_modules");
        string plotly = Path.Combine(modules, "plotly.js-dist-min", "plotly.min.js");
        if (!File.Exists(plotly))
            throw new InvalidOperationException(
                $"{plotly} is missing, so no chart can draw in the browser tests: run `npm ci --no-audit --no-fund` in {root} " +
                "(it installs the versions pinned in package.json; scripts/test.sh does it when node_modules is missing).");
        return modules;
    }

    public static string PlotlyBundle(string? start = null) => Path.Combine(Require(start), "plotly.js-dist-min", "plotly.min.js");

    /// <summary>The plotly.js version package.json pins (dependencies["plotly.js-dist-min"]).</summary>
    public static string PinnedPlotlyVersion(string? start = null)
    {
        using var package = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot(start), "package.json")));
        return package.RootElement.GetProperty("dependencies").GetProperty("plotly.js-dist-min").GetString()!;
    }
}
