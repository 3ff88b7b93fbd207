using NeuralNetworks.Activations;
using NeuralNetworks.Charts;

namespace NeuralNetworks.Tests.Charts;

/// <summary>
/// What plotly draws does not collide, measured on the page (bounding boxes, in px) with the mode bar shown as in a notebook,
/// in a narrow (480 px) and a wide (820 px) cell: a title and the mode bar, a title and the legend, the slider's labels
/// (its first and last among them) with each other and with the current value and the Play/Pause buttons, a descent
/// path's "start" and "end" labels where the path has not moved yet. Each in both pinned fonts (<see cref="ChartFonts"/>): the
/// one the site ships and a wide fallback, so the test measures what a reader gets on any machine, whatever fonts this one
/// has installed. Screenshots: artifacts/charts/layout-*.png.
/// </summary>
public class ChartLayoutBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static readonly HtmlOptions Notebook = HtmlOptions.Fragment with { PlotlyUrl = BrowserPage.FileUrl(RepositoryRoot.PlotlyBundle) };

    private static IReadOnlyList<(string Name, Figure Figure)> Figures()
    {
        var (slowX, slowY) = ChartGallery.Descent(30, learningRate: 0.1);
        var (fastX, fastY) = ChartGallery.Descent(30, learningRate: 0.9);
        Figure Descent(int k) => Chart.Contour(ChartGallery.Bowl, -10, 10, -3, 3, resolution: 30)
            .WithPath(slowX[..(k + 1)], slowY[..(k + 1)], name: "too small, α = 0.1").WithPath(fastX[..(k + 1)], fastY[..(k + 1)], name: "good, α = 0.9", color: "#2ca02c")
            .WithTitle("Two learning rates on f = x²/20 + y², one step at a time");
        return
        [
            ("long-title", Chart.Functions(0.5, 3, ("y = (3x + 1)²", t => Math.Pow(3 * t + 1, 2)), ("tangent at x = 2", t => 49 + 42 * (t - 2)))
                .WithTitle("The chain rule gives the slope: dy/dx = 14 × 3 = 42 at x = 2, as the tangent shows")),
            ("animation", Chart.Animation(Enumerable.Range(0, 31).Select(Descent).ToList(), prefix: "step ")),
            ("animation-start-label", Chart.Animation(Enumerable.Range(0, 13).Select(k => Chart.Function(Math.Sin, 0, 6, name: "sin")
                .WithTitle("Perceptron learning, one update at a time")).ToList(), ["start", .. Enumerable.Range(1, 12).Select(k => $"{k}")], prefix: "update ")),
            ("contour-legend", Descent(5)),
            ("surface", Chart.Surface(ChartGallery.Bowl, -10, 10, -3, 3, resolution: 20).WithTitle("Loss surface f(x, y) = x²/20 + y² seen from the side")),
            ("subplots", Chart.Subplots(1, 2, Chart.Function(Activation.Sigmoid.Apply, -6, 6, name: "σ").WithTitle("Sigmoid"),
                Chart.Function(Activation.Tanh.Apply, -3, 3, name: "tanh").WithTitle("Tanh")).WithTitle("Two activation functions and their ranges side by side")),
        ];
    }

    public static TheoryData<int, string> WidthsAndFonts()
    {
        var data = new TheoryData<int, string>();
        foreach (var font in ChartFonts.Names) { data.Add(480, font); data.Add(820, font); }
        return data;
    }

    [Theory]
    [MemberData(nameof(WidthsAndFonts))]
    public async Task Titles_legends_mode_bar_slider_labels_and_path_labels_do_not_overlap(int width, string font)
    {
        var figures = Figures();
        string html = $"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">{ChartFonts.Head(font)}</head><body style=\"margin:0\">\n" +
            string.Concat(figures.Select(f => $"<div style=\"width:{width}px\">{f.Figure.ToHtml(Notebook)}</div>\n")) + "</body></html>";
        await using var page = await BrowserPage.OpenAsync(browser.Browser, $"layout-{width}-{font}.html", html);
        await page.WaitForPlotsAsync(figures.Count);
        int faces = await ChartFonts.LoadedFacesAsync(page.Page, string.Concat(figures.Select(f => f.Figure.Layout.Title?.Text)));
        Assert.True(faces > 0, $"the pinned font {font} was not loaded for every title's characters ({Math.Abs(faces)} face(s) loaded): the plots were measured in a fallback");

        var problems = new List<string>();
        for (int i = 0; i < figures.Count; i++)
        {
            var drawn = await PlotBoxes.ReadAsync(page.Page, i);
            Assert.True(drawn.ModeBar.Count > 0 && drawn.Title.Count > 0, $"{figures[i].Name}: no mode bar or no title was drawn");
            if (figures[i].Figure.Frames is { Count: > 0 })
                Assert.True(drawn.SliderLabels.Count >= 2, $"{figures[i].Name}: the slider shows {drawn.SliderLabels.Count} labels; its first and last should both be there");
            problems.AddRange(drawn.Collisions().Select(p => $"{figures[i].Name} at {width} px in {font}: {p}"));
            await page.ScreenshotPlotAsync(i, $"layout-{width}-{font}-{figures[i].Name}");
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.Empty(page.Errors);
    }
}
