using System.Text.RegularExpressions;
using NeuralNetworks.Charts;

namespace NeuralNetworks.Tests.Charts;

public class FigureHtmlTests
{
    private static readonly Figure Sine = Chart.Function(Math.Sin, 0, 6, name: "sin").WithTitle("Sine </script> test");

    [Fact]
    public void A_fragment_is_a_div_with_a_unique_id_and_a_script_drawing_into_it()
    {
        string a = Sine.ToHtml(), b = Sine.ToHtml();
        string id = Regex.Match(a, "<div id=\"(nn-plot-[0-9a-f]+)\"").Groups[1].Value;

        Assert.NotEmpty(id);
        Assert.Contains($"var id = \"{id}\"", a);
        Assert.DoesNotContain(id, b);
        Assert.Contains("Plotly.newPlot(document.getElementById(id), figure)", a);
    }

    [Fact]
    public void The_fragment_loader_handles_window_Plotly_require_js_and_a_plain_page()
    {
        string html = Sine.ToHtml();

        Assert.Contains("if (window.Plotly)", html);
        Assert.Contains("window.requirejs.config({ context: \"nn-plotly-4.1.2\"", html);
        Assert.Contains("paths: { plotly: \"https://cdn.plot.ly/plotly-4.1.2.min\" }", html);
        Assert.Contains("script.src = url", html);
        Assert.Contains("\"__nnPlotlyLoad_4.1.2\"", html);
    }

    [Fact]
    public void Text_in_the_figure_cannot_close_the_script_element()
    {
        string script = Sine.ToHtml().Split("<script type=\"text/javascript\">")[1];

        Assert.Single(Regex.Matches(script, "</script>"));
    }

    [Fact]
    public void The_mode_bar_is_shown_in_fragments_and_hidden_in_saved_pages()
    {
        string path = Path.Combine(Path.GetTempPath(), $"nn-figure-{Guid.NewGuid():N}.html");
        try
        {
            Sine.SaveHtml(path);
            string page = File.ReadAllText(path);

            Assert.StartsWith("<!DOCTYPE html>", page);
            Assert.Contains("<title>Sine &lt;/script&gt; test</title>", page);
            Assert.Contains("\"displayModeBar\": false, \"responsive\": true", page);
            Assert.Contains("\"displayModeBar\": true, \"responsive\": true", Sine.ToHtml());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void An_offline_page_inlines_the_local_bundle()
    {
        string page = FigureHtml.Page([Sine, Sine], HtmlOptions.Offline(RepositoryRoot.PlotlyBundle));

        Assert.Contains("plotly.js v4.1.2", page);
        Assert.Equal(2, Regex.Matches(page, "<div id=\"nn-plot-").Count);
        Assert.True(page.Length > new FileInfo(RepositoryRoot.PlotlyBundle).Length);
    }

    [Fact]
    public void A_missing_bundle_is_refused_naming_the_path()
    {
        var error = Assert.Throws<FileNotFoundException>(() => Sine.ToHtml(new HtmlOptions { EmbedPlotlyFrom = "/nowhere/plotly.min.js" }));

        Assert.Contains("/nowhere/plotly.min.js", error.Message);
    }
}
