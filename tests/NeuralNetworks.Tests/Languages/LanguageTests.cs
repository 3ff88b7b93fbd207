using System.Text.Json;
using NeuralNetworks.Charts;
using NeuralNetworks.Languages;

namespace NeuralNetworks.Tests.Languages;

public class LanguageTests
{
    private static Figure LossChart() =>
        Chart.Line([3.0, 2, 1], name: "Loss after each epoch").WithTitle("Loss after each epoch");

    [Fact]
    public void Charts_are_written_in_English_by_default()
    {
        Assert.Equal(("Loss after each epoch", "Loss after each epoch"), Words(LossChart()));
    }

    [Fact]
    public void In_Japanese_the_same_figure_is_written_with_the_catalogs_words()
    {
        Figure figure = LossChart();
        using (Language.In(Language.Japanese))
            Assert.Equal(("エポックごとの損失", "エポックごとの損失"), Words(figure));
        Assert.Equal(("Loss after each epoch", "Loss after each epoch"), Words(figure));
    }

    /// <summary>The title and the first trace's legend entry, as plotly.js reads them.</summary>
    private static (string? Title, string? Legend) Words(Figure figure)
    {
        using var json = JsonDocument.Parse(FigureJson.Serialize(figure));
        return (json.RootElement.GetProperty("layout").GetProperty("title").GetProperty("text")
                .GetString(),
            json.RootElement.GetProperty("data")[0].GetProperty("name").GetString());
    }

    [Fact]
    public void Pick_gives_the_sentence_of_the_readers_language()
    {
        Assert.Equal("passed", Language.Pick("passed", "合格"));
        using (Language.In("ja")) Assert.Equal("合格", Language.Pick("passed", "合格"));
        Assert.Equal("passed", Language.Pick("passed", "合格"));
    }

    [Fact]
    public void An_unknown_language_is_refused_with_the_two_it_knows()
    {
        var error = Assert.Throws<ArgumentException>(() => Language.In("jp"));
        Assert.Contains("\"jp\"", error.Message);
        Assert.Contains("\"ja\"", error.Message);
        Assert.Equal(Language.English, Language.Current);
    }
}
