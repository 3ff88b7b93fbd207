using System.Text.Json.Serialization;

namespace NeuralNetworks.Charts;

/// <summary>
/// A plotly.js figure: traces (Data), a Layout, and optional animation Frames. Immutable:
/// every With… returns a new figure, so a notebook cell reads as one expression:
/// <c>Chart.Function(Activation.Sigmoid.Apply, -6, 6, name: "σ")
/// .WithTitle("Sigmoid").WithXTitle("u")</c>.
/// Render with <see cref="ToJson"/>, <see cref="ToHtml"/> or <see cref="SaveHtml"/>; notebooks
/// display it through <see cref="FigureFormatterSource"/>.
/// </summary>
[TypeFormatterSource(typeof(FigureFormatterSource),
    PreferredMimeTypes = ["text/html", FigureFormatterSource.PlotlyMimeType])]
public sealed partial record Figure
{
    public Figure(IEnumerable<Trace> data, Layout? layout = null)
    {
        Data = data.ToList();
        Layout = layout ?? new Layout();
    }

    public IReadOnlyList<Trace> Data { get; init; }

    public Layout Layout { get; init; }

    public IReadOnlyList<Frame>? Frames { get; init; }

    public Figure WithTrace(Trace trace) => this with { Data = [.. Data, trace] };

    public Figure WithLayout(Func<Layout, Layout> change) => this with { Layout = change(Layout) };

    /// <summary>plotly.js JSON: {"data": …, "layout": …, "frames": …}.</summary>
    public string ToJson() => FigureJson.Serialize(this);

    /// <summary>
    /// A short text form, e.g. <c>Figure(2 traces: scatter, scatter; title "Sigmoid")</c>.
    /// </summary>
    public override string ToString()
    {
        string traces = Data.Count == 1 ? "1 trace" : $"{Data.Count} traces";
        string kinds = Data.Count == 0 ? "" : ": " + string.Join(", ", Data.Select(t => t.Kind));
        string title = Layout.Title is { } t ? $"; title \"{t.Text}\"" : "";
        string frames = Frames is { Count: > 0 } f ? $"; {f.Count} frames" : "";
        return $"Figure({traces}{kinds}{title}{frames})";
    }
}
