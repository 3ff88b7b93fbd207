using NeuralNetworks.Languages;

namespace NeuralNetworks.Tests.Languages;

public class CatalogTests
{
    private static readonly Catalog Sample = Catalog.Parse("""
        # a comment
        Loss after each epoch
        = エポックごとの損失

        Learning rate {0}, {1} epochs
        = {1} エポック、学習率 {0}
        """);

    [Fact]
    public void An_entry_is_found_word_for_word() =>
        Assert.Equal("エポックごとの損失", Sample.Find("Loss after each epoch"));

    [Fact]
    public void Numbers_fill_the_placeholders_in_the_translations_order() =>
        Assert.Equal("50 エポック、学習率 -0.1", Sample.Find("Learning rate -0.1, 50 epochs"));

    [Theory]
    [InlineData("Loss after each epoch!")]
    [InlineData("Learning rate w1, 50 epochs")]
    public void Words_the_catalog_does_not_hold_are_not_found_and_stay_as_they_are(string english)
    {
        Assert.Null(Sample.Find(english));
        Assert.Equal(english, Sample.Translate(english));
    }

    [Theory]
    [InlineData("Loss\n= a\n= b\n", "line 3")]
    [InlineData("= orphan\n", "line 1")]
    [InlineData("Loss\n= a\n\nLoss\n= b\n", "translated twice")]
    public void A_malformed_catalog_names_the_line(string text, string expected)
    {
        var error = Assert.Throws<FormatException>(() => Catalog.Parse(text));
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void The_built_in_catalog_is_read_from_the_library()
    {
        Assert.True(Catalog.Japanese.Count > 0);
        Assert.Equal("エポックごとの損失", Catalog.Japanese.Find("Loss after each epoch"));
    }
}
