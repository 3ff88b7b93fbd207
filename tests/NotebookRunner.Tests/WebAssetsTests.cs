using System.Text.Json.Nodes;
using NotebookRunner.Export;

namespace NotebookRunner.Tests;

/// <summary>The CDN links are pinned to the versions in the repository's package.json.</summary>
public sealed class WebAssetsTests
{
    [Fact]
    public void Pinned_versions_equal_package_json()
    {
        var packageJson = Path.Combine(Path.GetDirectoryName(WebAssets.FindNodeModules())!, "package.json");
        var dependencies = JsonNode.Parse(File.ReadAllText(packageJson))!["dependencies"]!;
        Assert.Equal(WebAssets.PlotlyVersion, (string?)dependencies["plotly.js-dist-min"]);
        Assert.Equal(WebAssets.KatexVersion, (string?)dependencies["katex"]);
        Assert.Equal(WebAssets.HighlightVersion, (string?)dependencies["@highlightjs/cdn-assets"]);
        Assert.Equal(WebAssets.FontsourceVersion, (string?)dependencies["@fontsource/open-sans"]);
        Assert.Equal(WebAssets.FontsourceVersion, (string?)dependencies["@fontsource/dejavu-mono"]);
    }

    [Fact]
    public void Offline_site_carries_each_font_stylesheet_with_every_file_it_names()
    {
        var site = Path.Combine(Path.GetTempPath(), "nbrun-fonts-" + Guid.NewGuid().ToString("N"));
        try
        {
            new WebAssets(WebAssets.FindNodeModules()).CopyTo(site);
            foreach (var sheet in WebAssets.FontStylesheets)
            {
                var path = Path.Combine(site, "assets", sheet);
                var named = System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(path), @"url\(\./(files/[^)]+)\)").Select(m => m.Groups[1].Value).ToList();
                Assert.True(named.Count >= 2, $"{sheet} names {named.Count} font files");
                Assert.All(named, file => Assert.True(File.Exists(Path.Combine(Path.GetDirectoryName(path)!, file)), $"{sheet} names {file}, which was not copied"));
            }
        }
        finally { Directory.Delete(site, recursive: true); }
    }

    [Fact]
    public void Cdn_and_offline_urls_point_at_the_same_files()
    {
        var cdn = new WebAssets((string?)null);
        Assert.Equal("https://cdn.jsdelivr.net/npm/plotly.js-dist-min@4.1.2/plotly.min.js", cdn.Url("plotly.min.js", 0));
        Assert.Equal("https://cdn.jsdelivr.net/npm/katex@0.19.1/dist/contrib/auto-render.min.js", cdn.Url("katex/auto-render.min.js", 0));
        Assert.Equal("https://cdn.jsdelivr.net/npm/@highlightjs/cdn-assets@11.12.0/styles/github.min.css", cdn.Url("highlight/github.min.css", 0));
        Assert.Equal("https://cdn.jsdelivr.net/npm/@fontsource/open-sans@5.3.0/400.css", cdn.Url("fonts/open-sans/400.css", 0));
        Assert.Equal("../assets/plotly.min.js", new WebAssets("/nm").Url("plotly.min.js", 1));
        Assert.Equal("../../assets/fonts/dejavu-mono/400.css", new WebAssets("/nm").Url("fonts/dejavu-mono/400.css", 2));
    }
}
