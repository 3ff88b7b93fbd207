namespace NeuralNetworks.Tests.Charts;

/// <summary>The folder holding package.json, found by walking up from the test's output folder.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    public static string PlotlyBundle => System.IO.Path.Combine(Path, "node_modules", "plotly.js-dist-min", "plotly.min.js");

    public static string RequireJs => System.IO.Path.Combine(Path, "node_modules", "requirejs", "require.js");

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "package.json")))
                return dir.FullName;
        throw new DirectoryNotFoundException($"No package.json above {AppContext.BaseDirectory}.");
    }
}
