using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NotebookRunner.Tests.Support;

namespace NotebookRunner.Tests.FileApps;

/// <summary>
/// What an app prints, read back cell by cell, and what it should print for a notebook's executed outputs: the text
/// streams as they are; a chart as "[chart N: title]"; a value the kernel shows as plain text as that text; a tree
/// view as its summary (the value's ToString); HTML from HTML(…) as "[HTML N]"; an error as "Error: " and its first line.
/// </summary>
public static partial class AppText
{
    /// <summary>The app's output split at its cell headers, by cell number.</summary>
    public static IReadOnlyDictionary<int, string> ByCell(string output)
    {
        var cells = new Dictionary<int, string>();
        int? current = null;
        foreach (var line in output.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var header = Header().Match(line);
            if (header.Success) { current = int.Parse(header.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture); cells[current.Value] = ""; continue; }
            if (current is { } cell && !line.StartsWith("charts: ", StringComparison.Ordinal)) cells[cell] += line + "\n";
        }
        return cells.ToDictionary(c => c.Key, c => c.Value.TrimEnd('\n'));
    }

    /// <summary>
    /// What the app should print for one cell's executed outputs; chart and HTML numbers count on from the cells before.
    /// The kernel cuts a long value's summary short ("…\n..."), where the app prints it whole: then only the text up to
    /// the cut is known, and <paramref name="cut"/> is true.
    /// </summary>
    public static string Expected(JsonArray outputs, ref int charts, ref int htmls, out bool cut)
    {
        var text = "";
        cut = false;
        foreach (var output in outputs.OfType<JsonObject>())
        {
            var kind = (string?)output["output_type"];
            if (kind == "stream")
            {
                if ((string?)output["name"] == "stdout") text += OutputComparison.Text(output["text"]);
                continue;
            }
            if (kind == "error")
            {
                text += "Error: " + ((string?)output["evalue"] ?? "").Split('\n')[0] + "\n";
                continue;
            }
            var data = output["data"] as JsonObject ?? [];
            if (data["application/vnd.plotly.v1+json"] is { } figure)
            {
                var title = Title(JsonNode.Parse(OutputComparison.Json(figure)));
                charts++;
                text += title is { Length: > 0 } ? $"[chart {charts}: {title}]\n" : $"[chart {charts}]\n";
                continue;
            }
            var html = OutputComparison.Text(data["text/html"]);
            if (Plain().Match(html) is { Success: true } plain) text += WebUtility.HtmlDecode(plain.Groups[1].Value) + "\n";
            else if (Summary().Match(html) is { Success: true } summary)
            {
                var value = WebUtility.HtmlDecode(summary.Groups[1].Value).Replace("\\n", "\n", StringComparison.Ordinal);
                if (value.EndsWith("\n...", StringComparison.Ordinal))
                {
                    cut = true;
                    return text + value[..^3];
                }
                text += value + "\n";
            }
            else if (html.Length > 0) text += $"[HTML {++htmls}]\n";
            else text += OutputComparison.Text(data["text/plain"]) + "\n";
        }
        return text.TrimEnd('\n');
    }

    /// <summary>Each figure the app's page holds, in order, as JSON.</summary>
    public static IReadOnlyList<string> PageFigures(string page) =>
        FigureJson().Matches(File.ReadAllText(page)).Select(m => m.Groups[1].Value.Replace("<\\/", "</", StringComparison.Ordinal)).ToList();

    private static string? Title(JsonNode? figure) => figure?["layout"]?["title"] switch
    {
        JsonObject title => (string?)title["text"],
        JsonValue value => (string?)value,
        _ => null,
    };

    [GeneratedRegex(@"^── cell (\d+)(?: · .*)? ──$")]
    private static partial Regex Header();

    [GeneratedRegex(@"^<div class=""dni-plaintext""><pre>(.*?)</pre></div>", RegexOptions.Singleline)]
    private static partial Regex Plain();

    [GeneratedRegex(@"^<details[^>]*><summary><span class=""dni-code-hint""><code>(.*?)</code></span></summary>", RegexOptions.Singleline)]
    private static partial Regex Summary();

    [GeneratedRegex(@"<script type=""application/json"" class=""figure-json"" data-chart=""\d+"">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex FigureJson();
}
