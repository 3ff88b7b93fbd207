using NotebookRunner.Notebooks;

namespace NotebookRunner.Tests.CourseCharts;

/// <summary>Reading a chart's figure from a notebook output, as the runner writes it today and as the kernel's plotly bundle will.</summary>
public sealed class ChartOutputTests
{
    private const string Figure = """{"data":[{"type":"scatter","x":[1,2],"y":[3,4],"name":"a; b}"}],"layout":{"title":{"text":"t"}}}""";

    private static CellOutput Display(params (string Mime, string Value)[] data) => CellOutput.Display(data.ToDictionary(d => d.Mime, d => d.Value));

    [Fact]
    public void The_figure_is_read_from_the_script_of_the_html_fragment()
    {
        string html = "<div id=\"nn-plot-0123456789ab\" class=\"nn-plot\"></div>\n<script type=\"text/javascript\">\n(function () {\n" +
            $"  var id = \"nn-plot-0123456789ab\", url = \"https://cdn.plot.ly/plotly-4.1.2.min.js\";\n  var figure = {Figure};\n" +
            "  figure.config = {\"displayModeBar\": true};\n  function draw(Plotly) { return Plotly.newPlot(document.getElementById(id), figure); }\n})();\n</script>\n";
        var output = Display(("text/html", html), ("text/plain", "Figure(1 trace: scatter)"));

        Assert.Equal(Figure, ChartOutput.FigureJson(output));
        Assert.True(ChartOutput.DrawsWithPlotly(output));
        Assert.False(ChartOutput.DrawnByPlotlyNet(output));
    }

    [Fact]
    public void The_plotly_bundle_is_read_first_when_the_output_has_one()
    {
        var output = Display((ChartOutput.PlotlyMimeType, Figure), ("text/html", "<div>var figure = {\"data\": []};</div>"));

        Assert.Equal(Figure, ChartOutput.FigureJson(output));
    }

    [Fact]
    public void A_plotly_net_chart_is_read_from_its_data_and_layout_variables()
    {
        string html = "<div><div id=\"9ae4d756-a1ac-4345-9f52-1be43df4af00\"></div><script type=\"text/javascript\">\n" +
            "var renderPlotly_9ae4d756a1ac43459f521be43df4af00 = function() {\n" +
            "    fsharpPlotlyRequire(['plotly'], function(Plotly) {\n" +
            "        var data = [{\"type\":\"scatter\",\"name\":\"a; b]\",\"x\":[1.0,2.0],\"y\":[3.0,4.0]}];\n" +
            "        var layout = {\"width\":600,\"title\":{\"text\":\"t\"}};\n" +
            "        var config = {\"responsive\":true};\n" +
            "        Plotly.newPlot('9ae4d756-a1ac-4345-9f52-1be43df4af00', data, layout, config);\n    });\n};\n</script></div>";
        var output = Display(("text/html", html));

        Assert.Equal("""{"data":[{"type":"scatter","name":"a; b]","x":[1.0,2.0],"y":[3.0,4.0]}],"layout":{"width":600,"title":{"text":"t"}}}""",
            ChartOutput.FigureJson(output));
        Assert.True(ChartOutput.DrawsWithPlotly(output));
        Assert.True(ChartOutput.DrawnByPlotlyNet(output));
    }

    [Fact]
    public void Text_and_html_without_a_figure_are_not_charts()
    {
        Assert.Null(ChartOutput.FigureJson(CellOutput.Stream("stdout", "var figure = 1")));
        Assert.Null(ChartOutput.FigureJson(Display(("text/html", "<table><tr><td>1</td></tr></table>"))));
        Assert.False(ChartOutput.DrawsWithPlotly(Display(("text/html", "<table><tr><td>1</td></tr></table>"))));
        var installed = Display(("text/html", "<div><strong>Installed Packages</strong><ul><li><span>Plotly.NET.CSharp, 0.14.0</span></li></ul></div>"));
        Assert.Null(ChartOutput.FigureJson(installed));
        Assert.False(ChartOutput.DrawsWithPlotly(installed));
    }
}
