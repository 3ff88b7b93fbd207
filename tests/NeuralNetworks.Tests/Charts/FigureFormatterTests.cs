using System.Collections;
using System.Reflection;
using NeuralNetworks.Charts;

namespace NeuralNetworks.Tests.Charts;

/// <summary>Finds and uses the formatters the way a notebook host does: by names, through reflection only.</summary>
public class FigureFormatterTests
{
    private static readonly Figure Figure = Chart.Functions(-1, 1, ("a", x => x), ("b", x => x * x)).WithTitle("Two");

    private static (Attribute Attribute, object[] Formatters) Discover(Type type)
    {
        var attribute = type.GetCustomAttributes(inherit: false).Cast<Attribute>().Single(a => a.GetType().Name == "TypeFormatterSourceAttribute");
        var sourceType = (Type)attribute.GetType().GetProperty("FormatterSourceType")!.GetValue(attribute)!;
        object source = Activator.CreateInstance(sourceType)!;
        var formatters = (IEnumerable)sourceType.GetMethod("CreateTypeFormatters", Type.EmptyTypes)!.Invoke(source, null)!;
        return (attribute, formatters.Cast<object>().ToArray());
    }

    private static string Format(object formatter, object value)
    {
        var writer = new StringWriter();
        var format = formatter.GetType().GetMethod("Format", [typeof(object), typeof(TextWriter)])!;
        Assert.True((bool)format.Invoke(formatter, [value, writer])!);
        return writer.ToString();
    }

    private static object ByMime(object[] formatters, string mime) =>
        formatters.Single(f => (string)f.GetType().GetProperty("MimeType")!.GetValue(f)! == mime);

    [Fact]
    public void The_attribute_prefers_text_html_and_the_plotly_figure_json()
    {
        var (attribute, _) = Discover(typeof(Figure));

        Assert.Equal(["text/html", "application/vnd.plotly.v1+json"], (string[])attribute.GetType().GetProperty("PreferredMimeTypes")!.GetValue(attribute)!);
    }

    [Fact]
    public void The_html_formatter_writes_a_drawing_fragment()
    {
        string html = Format(ByMime(Discover(typeof(Figure)).Formatters, "text/html"), Figure);

        Assert.StartsWith("<div id=\"nn-plot-", html);
        Assert.Contains("Plotly.newPlot", html);
        Assert.Contains("\"type\":\"scatter\"", html);
    }

    [Fact]
    public void The_plain_text_formatter_writes_the_summary()
    {
        var formatter = ByMime(Discover(typeof(Figure)).Formatters, "text/plain");

        Assert.Equal("Figure(2 traces: scatter, scatter; title \"Two\")", Format(formatter, Figure));
        Assert.Equal(typeof(Figure), formatter.GetType().GetProperty("Type")!.GetValue(formatter));
    }

    [Fact]
    public void A_formatter_declines_other_values()
    {
        var formatter = ByMime(Discover(typeof(Figure)).Formatters, "text/html");
        var writer = new StringWriter();

        Assert.False((bool)formatter.GetType().GetMethod("Format")!.Invoke(formatter, ["not a figure", writer])!);
        Assert.Equal("", writer.ToString());
    }
}
