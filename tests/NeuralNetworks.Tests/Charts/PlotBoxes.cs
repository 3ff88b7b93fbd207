namespace NeuralNetworks.Tests.Charts;

/// <summary>
/// The bounding boxes (page px) of what plotly drew in one plot, read by <see cref="Script"/> (as JSON, for
/// <see cref="ReadAsync"/>), and the pairs of them that must not overlap.
/// </summary>
internal sealed class PlotBoxes
{
    public static async Task<PlotBoxes> ReadAsync(Microsoft.Playwright.IPage page, int plot) =>
        System.Text.Json.JsonSerializer.Deserialize<PlotBoxes>(await page.EvaluateAsync<string>(Script, plot),
            new System.Text.Json.JsonSerializerOptions { PropertyNameCaseInsensitive = true })!;

    public const string Script = """
        i => {
          const p = document.querySelectorAll(".nn-plot")[i];
          const box = (e, name) => { const r = e.getBoundingClientRect(); return { text: name || e.textContent, left: r.left, top: r.top, right: r.right, bottom: r.bottom }; };
          const all = (s, name) => [...p.querySelectorAll(s)].map(e => box(e, name)).filter(b => b.right > b.left && b.bottom > b.top);
          return JSON.stringify({ title: all(".g-gtitle .gtitle"), modeBar: all(".modebar", "mode bar"), legend: all(".legend .bg", "legend"),
                   sliderLabels: all(".slider-label"), currentValue: all(".slider-currentvalue"), buttons: all(".updatemenu-button"),
                   pathLabels: all(".textpoint text").filter(b => b.text === "start" || b.text === "end") });
        }
        """;

    public List<Box> Title { get; set; } = [];

    public List<Box> ModeBar { get; set; } = [];

    public List<Box> Legend { get; set; } = [];

    public List<Box> SliderLabels { get; set; } = [];

    public List<Box> CurrentValue { get; set; } = [];

    public List<Box> Buttons { get; set; } = [];

    public List<Box> PathLabels { get; set; } = [];

    /// <summary>Each overlap, as "title “…” overlaps mode bar".</summary>
    public IEnumerable<string> Collisions()
    {
        var checks = new (string What, List<Box> A, List<Box> B)[]
        {
            ("title / mode bar", Title, ModeBar), ("title / legend", Title, Legend), ("slider label / slider label", SliderLabels, SliderLabels),
            ("current value / slider label", CurrentValue, SliderLabels), ("current value / button", CurrentValue, Buttons),
            ("slider label / button", SliderLabels, Buttons), ("path label / path label", PathLabels, PathLabels),
        };
        foreach (var (what, a, b) in checks)
            for (int i = 0; i < a.Count; i++)
                for (int j = ReferenceEquals(a, b) ? i + 1 : 0; j < b.Count; j++)
                    if (a[i].Overlaps(b[j]) && !a[i].SameLabelAs(b[j]))
                        yield return $"{what}: \"{a[i].Text}\" {a[i]} overlaps \"{b[j].Text}\" {b[j]}";
    }

    public sealed class Box
    {
        public string Text { get; set; } = "";

        public double Left { get; set; }

        public double Top { get; set; }

        public double Right { get; set; }

        public double Bottom { get; set; }

        /// <summary>Overlapping by more than half a pixel either way (touching edges do not count).</summary>
        public bool Overlaps(Box o) => Math.Min(Right, o.Right) - Math.Max(Left, o.Left) > 0.5 && Math.Min(Bottom, o.Bottom) - Math.Max(Top, o.Top) > 0.5;

        /// <summary>The same text in the same place (three paths starting at one point): it reads as one label.</summary>
        public bool SameLabelAs(Box o) => Text == o.Text && Math.Abs(Left - o.Left) < 0.5 && Math.Abs(Top - o.Top) < 0.5;

        public override string ToString() => FormattableString.Invariant($"[{Left:0},{Top:0}–{Right:0},{Bottom:0}]");
    }
}
