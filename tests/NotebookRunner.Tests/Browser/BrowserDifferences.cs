using System.Text.Json;
using System.Text.Json.Nodes;

namespace NotebookRunner.Tests.Browser;

/// <summary>
/// The one place that says where a cell's outputs in the browser may differ from the kernel's, and why.
/// <list type="bullet">
/// <item>Chart data is compared number by number to a relative 1e-9, everything else in a figure exactly. WebAssembly's
/// exp, log, tanh and pow come from another C math library than the native runtime's and differ from it in the last bit
/// now and then (hashes of 200,000 results differ for all four; sqrt agrees), and a chart carries every bit (lesson 09's
/// loss curve: 0.8383218532654078 native, 0.8383218532654079 in the page). Printed text is compared exactly.</item>
/// <item>A chart's text/html is its figure JSON inside a loader script; the figure JSON itself is compared.</item>
/// <item>An exception is compared by its type and message, not its stack trace: the kernel runs a cell through Roslyn's
/// scripting host, the page through its own loader, so the frames below the cell differ.</item>
/// <item>The cells listed in <see cref="Listed"/> and <see cref="ListedFrom"/>, each with its reason.</item>
/// </list>
/// </summary>
public static class BrowserDifferences
{
    private const string Plotly = "application/vnd.plotly.v1+json";

    private const string LastBits =
        "prints a number that training or a rounding error carries from the last bits of a result: before the library's "
        + "own exp, log and tanh (PortableMath) these came from the C math library, which differs between WebAssembly and "
        + "the native runtime; matrix products may still fuse multiply and add natively and not in the page";

    private const string NuGet =
        "uses Plotly.NET, which the appendix loads from NuGet; the browser cannot load NuGet packages and says so in one line";

    /// <summary>A cell is named by its notebook and a piece of its code, so the list survives cells added around it.</summary>
    private static readonly (string Notebook, string Code, string Reason)[] Listed =
    [
        ("02-activation-functions.ipynb", "NumericalDerivative.Central(f.Apply, x)",
            LastBits + " (the central differences' errors, about 1E-11)"),
        ("08-chain-rule-and-backprop.ipynb", "GradientCheck.Run(bigger,", LastBits + " (the gradient check's relative errors, about 1E-10)"),
        ("08-chain-rule-and-backprop.ipynb", "var digits = checks.Select(", LastBits + " (the chart of those relative errors)"),
        ("10-making-training-work.ipynb", "TrainingHistory Raw(double", LastBits + " (training on raw wine features at α = 0.0001 ends elsewhere)"),
        ("10-making-training-work.ipynb", "(\"raw inputs, α = 0.0001\"", LastBits + " (the chart of that training)"),
        ("10-making-training-work.ipynb", "List<ILayer> DeepSigmoid(bool", LastBits + " (five sigmoid layers trained for 60 epochs, with and without batch normalisation)"),
        ("10-making-training-work.ipynb", "(\"the same with batch normalisation\"", LastBits + " (the chart of that training)"),
        ("12-where-next.ipynb", "Network replay = TorchStart();",
            LastBits + " (how many epochs the replay of PyTorch's run agrees with it exactly)"),
        ("12-where-next.ipynb", "double[] Log10(double[] gaps)", LastBits + " (the chart of that agreement)"),
    ];

    /// <summary>Notebooks whose cells from the one holding this code on are listed, for the reason given.</summary>
    private static readonly (string Notebook, string Code, string Reason)[] ListedFrom =
    [
        ("appendix-plotly-net.ipynb", "#r \"nuget: Plotly.NET", NuGet),
    ];

    /// <summary>Entries that name no cell, or more than one, in the course's notebooks (a list that outlived its cells).</summary>
    public static IEnumerable<string> Stale(string notebooks)
    {
        foreach (var (notebook, code, _) in Listed.Concat(ListedFrom))
        {
            var path = Path.Combine(notebooks, notebook);
            var matches = !File.Exists(path) ? 0 : NotebookRunner.Notebooks.NotebookReader.Read(path).Cells
                .Count(c => c.CellType == "code" && c.Source.Contains(code, StringComparison.Ordinal));
            if (matches != 1) yield return $"{notebook}: \"{code}\" names {matches} code cells";
        }
    }

    /// <summary>Why the browser may show something else for this cell, or null when it must show what the kernel did.</summary>
    public static string? Reason(string notebook, IReadOnlyList<string> codeCells, int index)
    {
        var listed = Listed.FirstOrDefault(l => l.Notebook == notebook && codeCells[index].Contains(l.Code, StringComparison.Ordinal));
        if (listed.Reason is not null) return listed.Reason;
        var from = ListedFrom.FirstOrDefault(l => l.Notebook == notebook);
        return from.Reason is not null && codeCells.Take(index + 1).Any(c => c.Contains(from.Code, StringComparison.Ordinal)) ? from.Reason : null;
    }

    /// <summary>
    /// A copy of the outputs with each figure taken out (its JSON and its loader HTML replaced by "figure k") and an
    /// exception's stack trace cut, and the figures in order.
    /// </summary>
    public static (JsonArray? Outputs, List<JsonNode?> Figures) Comparable(JsonArray? outputs)
    {
        var figures = new List<JsonNode?>();
        if (outputs is null) return (null, figures);
        var copies = outputs.Select(output =>
        {
            var copy = output!.DeepClone();
            if (copy["evalue"] is JsonValue evalue && evalue.TryGetValue<string>(out var value)
                && value.IndexOf("\n   at ", StringComparison.Ordinal) is > 0 and var at)
                copy["evalue"] = value[..at];
            if (copy["data"] is JsonObject data && data[Plotly] is { } figure)
            {
                figures.Add(figure is JsonValue text && text.TryGetValue<string>(out var json) ? JsonNode.Parse(json) : figure.DeepClone());
                data.Remove("text/html");
                data[Plotly] = $"figure {figures.Count}";
            }
            return copy;
        }).ToArray();
        return (new JsonArray(copies), figures);
    }

    /// <summary>Where two figures differ (numbers within a relative 1e-9 are equal), or null when they agree.</summary>
    public static string? FigureDifference(JsonNode? a, JsonNode? b, string path = "")
    {
        switch (a, b)
        {
            case (JsonObject x, JsonObject y):
                if (!x.Select(p => p.Key).Order(StringComparer.Ordinal).SequenceEqual(y.Select(p => p.Key).Order(StringComparer.Ordinal)))
                    return $"{path}: keys {string.Join(",", x.Select(p => p.Key))} against {string.Join(",", y.Select(p => p.Key))}";
                return x.Select(p => FigureDifference(p.Value, y[p.Key], $"{path}.{p.Key}")).FirstOrDefault(d => d is not null);
            case (JsonArray x, JsonArray y):
                if (x.Count != y.Count) return $"{path}: {x.Count} items against {y.Count}";
                return x.Select((item, i) => FigureDifference(item, y[i], $"{path}[{i}]")).FirstOrDefault(d => d is not null);
            case (JsonValue x, JsonValue y) when x.GetValueKind() == JsonValueKind.Number && y.GetValueKind() == JsonValueKind.Number:
                var (u, v) = (x.GetValue<double>(), y.GetValue<double>());
                return Math.Abs(u - v) <= 1e-9 * Math.Max(1, Math.Max(Math.Abs(u), Math.Abs(v))) ? null : $"{path}: {u:R} against {v:R}";
            default:
                return a?.ToJsonString() == b?.ToJsonString() ? null : $"{path}: {a?.ToJsonString()} against {b?.ToJsonString()}";
        }
    }
}
