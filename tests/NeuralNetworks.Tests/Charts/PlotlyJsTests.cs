using System.Text.Json;
using NeuralNetworks.Charts;

namespace NeuralNetworks.Tests.Charts;

public class PlotlyJsTests
{
    [Fact]
    public void The_library_pins_the_plotly_version_that_package_json_pins()
    {
        using var package = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "package.json")));
        string pinned = package.RootElement.GetProperty("dependencies").GetProperty("plotly.js-dist-min").GetString()!;

        Assert.Equal(PlotlyJs.Version, pinned);
        Assert.Equal(PlotlyJs.CdnUrl, $"https://cdn.plot.ly/plotly-{pinned}.min.js");
        Assert.Equal(PlotlyJs.CdnUrl, HtmlOptions.Fragment.PlotlyUrl);
    }

    [Fact]
    public void The_installed_bundle_is_the_pinned_version()
    {
        string header = File.ReadLines(RepositoryRoot.PlotlyBundle).Take(5).Aggregate("", (a, b) => a + b);

        Assert.Contains($"plotly.js v{PlotlyJs.Version}", header);
    }

    [Fact]
    public void FindLocalBundle_walks_up_to_node_modules()
    {
        string start = Path.Combine(RepositoryRoot.Path, "lib", "NeuralNetworks");

        Assert.Equal(RepositoryRoot.PlotlyBundle, PlotlyJs.FindLocalBundle(start));
        Assert.Null(PlotlyJs.FindLocalBundle(Path.GetTempPath()));
    }
}
