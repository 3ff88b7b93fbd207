using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using NeuralNetworks.Charts;
using NeuralNetworks.Languages;

namespace NeuralNetworks.Tests.Languages;

/// <summary>
/// The Japanese of what charts show (Languages/ja.charts.txt): every entry keeps its key's
/// placeholders, plotly markup and HTML tags, and real figures are written with it.
/// </summary>
public partial class ChartCatalogTests
{
    private static string ChartsFile()
    {
        var assembly = typeof(Catalog).Assembly;
        using Stream stream = assembly.GetManifestResourceStream(
            "NeuralNetworks.Languages.ja.charts.txt")!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>The file's (English, Japanese) pairs, read as Catalog.Parse reads them.</summary>
    public static TheoryData<string, string> Entries()
    {
        var entries = new TheoryData<string, string>();
        string? english = null;
        foreach (string line in ChartsFile().Replace("\r\n", "\n").Split('\n'))
        {
            if (line.StartsWith('#')) continue;
            if (line.Length == 0) english = null;
            else if (english is null) english = line;
            else entries.Add(english, line[2..]);
        }
        return entries;
    }

    [Fact]
    public void The_charts_catalog_parses_and_is_built_into_the_library()
    {
        Catalog charts = Catalog.Parse(ChartsFile());
        Assert.True(charts.Count > 300, $"only {charts.Count} entries");
        Assert.Equal("<b>小さすぎる: α = 0.01</b>",
            Catalog.Japanese.Find("<b>too small: α = 0.01</b>"));
    }

    [Theory]
    [MemberData(nameof(Entries))]
    public void A_translation_keeps_the_keys_placeholders_markup_and_tags(
        string english, string japanese)
    {
        Assert.Equal(Placeholders(english), Placeholders(japanese));
        foreach (string kept in Markup().Matches(english).Select(m => m.Value).Distinct())
            Assert.True(Count(japanese, kept) >= Count(english, kept),
                $"\"{kept}\" of \"{english}\" is missing from \"{japanese}\"");
        Assert.NotEqual(english, japanese);
        Assert.Equal(english.EndsWith(' '), japanese.EndsWith(' '));
    }

    private static string[] Placeholders(string text) =>
        Placeholder().Matches(text).Select(m => m.Value).Order(StringComparer.Ordinal).ToArray();

    private static int Count(string text, string part) =>
        (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;

    [Fact]
    public void A_loss_chart_reads_in_Japanese_title_axes_and_legend()
    {
        Figure figure = Chart.Lines([1.0, 2, 3],
                ("training loss", [0.9, 0.5, 0.3]), ("validation loss", [1.0, 0.7, 0.6]))
            .WithTitle("Loss after each epoch").WithXTitle("epoch").WithYTitle("loss");
        using (Language.In(Language.Japanese))
        {
            using var json = JsonDocument.Parse(FigureJson.Serialize(figure));
            JsonElement layout = json.RootElement.GetProperty("layout");
            Assert.Equal("エポックごとの損失", Text(layout.GetProperty("title")));
            Assert.Equal("エポック", Text(layout.GetProperty("xaxis").GetProperty("title")));
            Assert.Equal("損失", Text(layout.GetProperty("yaxis").GetProperty("title")));
            JsonElement data = json.RootElement.GetProperty("data");
            Assert.Equal("訓練損失", data[0].GetProperty("name").GetString());
            Assert.Equal("検証損失", data[1].GetProperty("name").GetString());
        }
    }

    [Fact]
    public void Numbers_in_titles_annotations_and_bar_categories_stay_where_they_were()
    {
        Figure figure = Chart.Bar(["W1 (2-2-1 net)", "W1, no f′ (bug)"], [9.0, 0.5],
                name: "digits of agreement")
            .WithTitle("Three learning rates on L = w1² + 10 w2²")
            .WithAnnotation("pass: 7 digits", 7, 7);
        using (Language.In(Language.Japanese))
        {
            List<string> words = Strings(figure);
            Assert.Contains("L = w1² + 10 w2² での3通りの学習率", words);
            Assert.Contains("合格: 7桁", words);
            Assert.Contains("W1（2-2-1 のネットワーク）", words);
            Assert.Contains("W1、f′ なし（バグ）", words);
            Assert.Contains("一致する桁数", words);
        }
    }

    [Fact]
    public void An_animation_has_Japanese_buttons_and_slider_prefix()
    {
        Figure step(double y) => Chart.Line([y, y]);
        Figure animation = Chart.Animation([step(1), step(2)], prefix: "epoch ");
        using (Language.In(Language.Japanese))
        {
            List<string> words = Strings(animation);
            Assert.Contains("▶ 再生", words);
            Assert.Contains("❚❚ 一時停止", words);
            Assert.Contains("エポック ", words);
            Assert.DoesNotContain("▶ Play", words);
        }
        Assert.Contains("▶ Play", Strings(animation));
    }

    /// <summary>Every string in the figure's JSON, as plotly.js reads it.</summary>
    private static List<string> Strings(Figure figure)
    {
        using var json = JsonDocument.Parse(FigureJson.Serialize(figure));
        var strings = new List<string>();
        void Walk(JsonElement element)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.String: strings.Add(element.GetString()!); break;
                case JsonValueKind.Array:
                    foreach (var e in element.EnumerateArray()) Walk(e);
                    break;
                case JsonValueKind.Object:
                    foreach (var p in element.EnumerateObject()) Walk(p.Value);
                    break;
            }
        }
        Walk(json.RootElement);
        return strings;
    }

    private static string? Text(JsonElement title) =>
        title.ValueKind == JsonValueKind.String ? title.GetString()
            : title.GetProperty("text").GetString();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();

    /// <summary>Plotly's %{…} and HTML tags such as &lt;b&gt;, &lt;br&gt;, &lt;sup&gt;.</summary>
    [GeneratedRegex(@"%\{[^}]*\}|</?[a-z]+(?:\s[^>]*)?>")]
    private static partial Regex Markup();
}
