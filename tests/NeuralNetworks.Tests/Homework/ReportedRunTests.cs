using NeuralNetworks.Activations;
using NeuralNetworks.Data;
using NeuralNetworks.Homework;

namespace NeuralNetworks.Tests.Homework;

public class ReportedRunTests
{
    [Fact]
    public void A_run_line_gives_its_settings_its_quoted_accuracy_and_its_line_number()
    {
        var run = Assert.Single(ReportedRun.Parse("My best run:\n" + ReportedRun.Example));
        Assert.Equal(2, run.Line);
        Assert.Equal([2], run.Hidden);
        Assert.Same(Activation.ReLU, run.Activation);
        Assert.Equal((0.03, 300, 10, "75.0"), (run.LearningRate, run.Epochs, run.BatchSize, run.QuotedPercent));
        Assert.Equal(ReportedRun.Example, run.ToString());
    }

    [Theory]
    [InlineData("  - Hidden [4, 2], relu, Learning Rate 3e-2, 1000 epochs, batch size 1 -> 88.5%", "hidden [4, 2], ReLU, learning rate 0.03, 1000 epochs, batch size 1 → 88.5 %")]
    [InlineData("hidden [], Tanh, learning rate 0.3, 300 epochs, batch size 10 → 70.0 %  (a straight line)", "hidden [], Tanh, learning rate 0.3, 300 epochs, batch size 10 → 70.0 %")]
    [InlineData("hidden [5], Leaky ReLU (a = 0.05), learning rate 0.1, 200 epochs, batch size 20 → 91.0 %", "hidden [5], Leaky ReLU (a = 0.05), learning rate 0.1, 200 epochs, batch size 20 → 91.0 %")]
    public void Case_spaces_and_an_ascii_arrow_do_not_matter(string line, string read) =>
        Assert.Equal(read, Assert.Single(ReportedRun.Parse(line)).ToString());

    [Theory]
    [InlineData("Three tanh units with a learning rate of 0.3 reach 95.0 % with 17 weights.")]
    [InlineData("hidden [3], Tanh, learning rate 0.3, 300 epochs, batch size 10 → 95 %")]
    [InlineData("hidden [3], Swish, learning rate 0.3, 300 epochs, batch size 10 → 95.0 %")]
    [InlineData("hidden [3], Tanh, learning rate 0.3, 300 epochs → 95.0 %")]
    public void Prose_and_lines_not_in_the_form_are_not_runs(string line) => Assert.Empty(ReportedRun.Parse(line));

    [Fact]
    public void Parameters_and_steps_are_what_training_the_run_costs()
    {
        var run = Assert.Single(ReportedRun.Parse("hidden [4, 2], ReLU, learning rate 0.03, 7 epochs, batch size 30 → 50.0 %"));
        Assert.Equal((2 * 4 + 4) + (4 * 2 + 2) + (2 * 2 + 2), run.Parameters(inputs: 2, classes: 2));
        Assert.Equal(7 * 4, run.Steps(examples: 100));   // 100 points in batches of 30: 4 batches an epoch
        Assert.Equal(run.Parameters(2, 2), run.Train(ToyData.Xor()).Parameters.Sum(p => p.RowCount * p.ColumnCount));
    }
}
