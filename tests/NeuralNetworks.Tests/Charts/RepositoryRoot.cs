using CourseKit.Testing;

namespace NeuralNetworks.Tests.Charts;

/// <summary>The folder holding package.json and the web assets under it (missing ones fail with a message naming npm ci).</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = NodeAssets.RepositoryRoot();

    public static string PlotlyBundle => NodeAssets.PlotlyBundle();

    public static string RequireJs => System.IO.Path.Combine(NodeAssets.Require(), "requirejs", "require.js");
}
