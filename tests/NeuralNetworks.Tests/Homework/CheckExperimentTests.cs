using NeuralNetworks.Activations;
using NeuralNetworks.Data;
using NeuralNetworks.Homework;
using NeuralNetworks.Layers;

namespace NeuralNetworks.Tests.Homework;

public class CheckExperimentTests
{
    [Fact]
    public void ParametersAtMost_counts_every_weight_and_bias()
    {
        var network = new Network([2, 3, 2], Activation.Tanh, seed: 0);   // (2·3 + 3) + (3·2 + 2) = 17
        Check.ParametersAtMost(17, network, "size");
        var error = Assert.Throws<CheckFailedException>(() => Check.ParametersAtMost(16, network, "size"));
        Assert.Equal("size: the network has 17 weights and biases, more than the 16 this check allows.", error.Message);
        Assert.Contains("got null", Assert.Throws<CheckFailedException>(() => Check.ParametersAtMost(16, null!, "size")).Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => Check.ParametersAtMost(0, network, "size"));
    }

    [Theory]
    [InlineData("one two three", 3)]
    [InlineData("  tanh, not ReLU — 95.0 % … done\n", 5)]
    [InlineData("", 0)]
    [InlineData("— … -", 0)]
    [InlineData("学習率を下げました。", 4)]
    [InlineData("tanh を使うと 95.0 % になりました。", 2 + 5)]
    public void A_word_holds_a_letter_or_a_digit_and_two_Japanese_characters_are_a_word(string text, int words) =>
        Assert.Equal(words, Check.CountWords(text));

    [Fact]
    public void WordsAtLeast_says_how_many_words_there_are_and_how_many_are_asked_for()
    {
        Check.WordsAtLeast(3, "one two three", "your answer");
        Assert.Equal("your answer has 1 word; write at least 3.",
            Assert.Throws<CheckFailedException>(() => Check.WordsAtLeast(3, "one", "your answer")).Message);
        Assert.Contains("has 0 words", Assert.Throws<CheckFailedException>(() => Check.WordsAtLeast(3, null!, "your answer")).Message);
    }
}
