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
    public void A_word_holds_a_letter_or_a_digit(string text, int words) =>
        Assert.Equal(words, Check.CountWords(text));

    [Fact]
    public void WordsAtLeast_says_how_many_words_there_are_and_how_many_are_asked_for()
    {
        Check.WordsAtLeast(3, "one two three", "your answer");
        Assert.Equal("your answer has 1 word; write at least 3.",
            Assert.Throws<CheckFailedException>(() => Check.WordsAtLeast(3, "one", "your answer")).Message);
        Assert.Contains("has 0 words", Assert.Throws<CheckFailedException>(() => Check.WordsAtLeast(3, null!, "your answer")).Message);
    }

    [Fact]
    public void QuotesAccuracy_finds_the_accuracy_with_one_decimal_with_or_without_a_space()
    {
        Dataset and = ToyData.And();
        var network = new Network([2, 2], Activation.Identity, seed: 0);
        string number = (network.Accuracy(and.Features, and.Labels) * 100).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture);
        Check.QuotesAccuracy(and, network, $"It reached {number} % on the held-out points.", "answer");
        Check.QuotesAccuracy(and, network, $"({number}%)", "answer");
        var error = Assert.Throws<CheckFailedException>(() => Check.QuotesAccuracy(and, network, "It did well.", "answer"));
        Assert.Equal($"answer: the text does not quote the accuracy, {number} %; quote it as the cell printed it.", error.Message);
    }

    [Fact]
    public void QuotesAccuracy_does_not_take_a_longer_number_that_ends_in_the_same_digits()
    {
        var data = new Dataset(Matrix<double>.Build.DenseOfArray(new[,] { { 1.0 }, { -1.0 } }), [0, 0], ["x"], ["a", "b"]);
        var sure = new Network([new Dense(Matrix<double>.Build.Dense(1, 2), Matrix<double>.Build.DenseOfArray(new[,] { { 1.0, 0.0 } }), 1)],
            new SoftmaxWithLoss());
        Check.QuotesAccuracy(data, sure, "100.0 %", "answer");
        Assert.Throws<CheckFailedException>(() => Check.QuotesAccuracy(data, sure, "1100.0 %", "answer"));
        Assert.Throws<CheckFailedException>(() => Check.QuotesAccuracy(data, sure, "100.0 percent", "answer"));
    }
}
