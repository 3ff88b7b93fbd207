using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using NotebookRunner.Notebooks;

namespace NotebookRunner.Export;

/// <summary>
/// Renders a cell's nbformat outputs: text/html as it is (charts draw with the page's plotly.js),
/// images inline, text/plain escaped in a pre, streams and errors in their own styled blocks.
/// </summary>
public static class HtmlOutputs
{
    public static string Render(JsonArray? outputs)
    {
        var html = new StringBuilder();
        foreach (var output in (outputs ?? []).OfType<JsonObject>())
        {
            html.Append((string?)output["output_type"] switch
            {
                "stream" => Pre($"output stream {(string?)output["name"]}",
                    NotebookReader.Source(output["text"])),
                "error" => Pre("output error", $"{output["ename"]}: {output["evalue"]}"),
                _ => Data(output["data"] as JsonObject ?? []),
            });
        }
        return html.ToString();
    }

    private static string Data(JsonObject data)
    {
        if (data["text/html"] is { } html)
            return $"<div class=\"output html\">{NotebookReader.Source(html)}</div>\n";
        if (data["image/svg+xml"] is { } svg)
            return $"<div class=\"output html\">{NotebookReader.Source(svg)}</div>\n";
        if (data["image/png"] is { } png)
            return "<div class=\"output\"><img alt=\"\" " +
            $"src=\"data:image/png;base64,{NotebookReader.Source(png).Trim()}\"></div>\n";
        return data["text/plain"] is { } text ? Pre("output result", NotebookReader.Source(text))
            : "";
    }

    private static string Pre(string css, string text) =>
        $"<pre class=\"{css}\">{WebUtility.HtmlEncode(text.TrimEnd('\n'))}</pre>\n";
}
