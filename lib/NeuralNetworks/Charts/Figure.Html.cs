namespace NeuralNetworks.Charts;

public sealed partial record Figure
{
    /// <summary>
    /// An HTML fragment (a div with a unique id and a script drawing into it); options default to
    /// <see cref="HtmlOptions.Fragment"/>.
    /// </summary>
    public string ToHtml(HtmlOptions? options = null) =>
        FigureHtml.Fragment(this, options ?? HtmlOptions.Fragment);

    /// <summary>
    /// Writes a standalone page; options default to <see cref="HtmlOptions.Page"/>
    /// (no mode bar, plotly.js from the CDN). Pass <c>HtmlOptions.Offline()</c> to inline the local
    /// bundle so the page opens without a network.
    /// </summary>
    public void SaveHtml(string path, HtmlOptions? options = null)
    {
        string title = Layout.Title?.Text ?? Path.GetFileNameWithoutExtension(path);
        File.WriteAllText(path, FigureHtml.Page([this], options ?? HtmlOptions.Page, title));
    }
}
