using CourseKit.Testing;

namespace NeuralNetworks.Tests.Charts;

/// <summary>
/// The browser tests' guard (tests/Shared/NodeAssets.cs): a repository without node_modules fails at once, saying to run
/// npm ci, instead of a page waiting out Playwright's timeout for a plotly.js that never loads.
/// </summary>
public class NodeAssetsTests
{
    [Fact]
    public void A_repository_without_node_modules_is_refused_with_the_npm_ci_command()
    {
        string root = Directory.CreateTempSubdirectory("nn-node-assets-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(root, "package.json"), "{\"dependencies\": {\"plotly.js-dist-min\": \"4.1.2\"}}");
            string start = Directory.CreateDirectory(Path.Combine(root, "tests", "bin")).FullName;

            var error = Assert.Throws<InvalidOperationException>(() => NodeAssets.Require(start));

            Assert.Contains("npm ci", error.Message);
            Assert.Contains(root, error.Message);
            Assert.Equal(root, NodeAssets.RepositoryRoot(start));
            Assert.Equal("4.1.2", NodeAssets.PinnedPlotlyVersion(start));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void This_repository_has_the_pinned_plotly_bundle()
    {
        Assert.True(File.Exists(NodeAssets.PlotlyBundle()));
        Assert.Equal(NeuralNetworks.Charts.PlotlyJs.Version, NodeAssets.PinnedPlotlyVersion());
    }
}
