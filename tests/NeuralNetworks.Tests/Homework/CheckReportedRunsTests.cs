using NeuralNetworks.Data;
using NeuralNetworks.Homework;
using NeuralNetworks.Layers;

namespace NeuralNetworks.Tests.Homework;

/// <summary>
/// Check.RunsReproduce on homework 11's data (two spiral arms, 200 points, noise 0.1, seed 5, half held out). The quoted
/// accuracies are what the notebook printed for these settings: 70.0 % without a hidden layer, 75.0 % for its trial,
/// 95.0 % for the settings its solution hands in.
/// </summary>
public class CheckReportedRunsTests
{
    private const string Line = "hidden [], Tanh, learning rate 0.3, 300 epochs, batch size 10 → 70.0 %";
    private const string Trial = "hidden [2], ReLU, learning rate 0.03, 300 epochs, batch size 10 → 75.0 %";
    private const string Mine = "hidden [3], ReLU, learning rate 0.3, 300 epochs, batch size 10 → 95.0 %";

    private static readonly DataSplit Split = ToyData.Spirals(200, classes: 2, noise: 0.1, seed: 5).Split(0.5, 0.5, seed: 5);

    private static readonly Network HandedIn = Assert.Single(ReportedRun.Parse(Mine)).Train(Split.Train);

    private static void Judge(string text) => Check.RunsReproduce(Split.Train, Split.Validation, HandedIn, text, "your answer");

    private static string Failure(string text) => Assert.Throws<CheckFailedException>(() => Judge(text)).Message;

    [Fact]
    public void Runs_that_reproduce_with_the_handed_in_one_among_them_pass() =>
        Judge($"Without a hidden layer:\n{Line}\nMy trial:\n{Trial}\nWhat I hand in:\n{Mine}\nTanh bends smoothly.");

    /// <summary>
    /// Homework 11's model answer, whose re-training cell prints these six figures: from the trial, each run changes one
    /// setting of an earlier run (the step, the activation, the units; then the step again), as lesson 11 asks.
    /// </summary>
    [Fact]
    public void The_model_answer_changes_one_setting_at_a_time_and_every_run_reproduces()
    {
        string[] lines =
        [
            Line, Trial,
            "hidden [2], ReLU, learning rate 0.3, 300 epochs, batch size 10 → 72.0 %",
            "hidden [2], Tanh, learning rate 0.03, 300 epochs, batch size 10 → 71.0 %",
            "hidden [3], ReLU, learning rate 0.03, 300 epochs, batch size 10 → 91.0 %",
            Mine,
        ];
        Judge(string.Join("\n", lines));
        var runs = ReportedRun.Parse(string.Join("\n", lines));
        static int Changes(ReportedRun a, ReportedRun b) =>
            (a.Hidden.SequenceEqual(b.Hidden) ? 0 : 1) + (a.Activation == b.Activation ? 0 : 1)
            + (a.LearningRate == b.LearningRate ? 0 : 1) + (a.Epochs == b.Epochs ? 0 : 1) + (a.BatchSize == b.BatchSize ? 0 : 1);
        for (int k = 2; k < runs.Count; k++)
            Assert.Contains(runs.Take(k), earlier => Changes(earlier, runs[k]) == 1);
    }

    [Fact]
    public void Filler_that_quotes_the_accuracy_reports_no_run_and_fails_showing_the_form()
    {
        string filler = string.Concat(Enumerable.Repeat("The network learned the spiral well and reached 95.0 % in the end. ", 8));
        Assert.Equal($"your answer reports 0 runs in the form \"{ReportedRun.Example}\"; report at least 2, one per line: " +
            "the settings you hand in and settings you compared them with.", Failure(filler));
        Assert.Contains("reports 1 run in the form", Failure(Mine));
    }

    [Fact]
    public void A_run_whose_settings_do_not_give_its_quoted_accuracy_fails_naming_the_line_and_the_real_figure()
    {
        string message = Failure($"{Mine}\n{Trial.Replace("75.0", "85.0")}");
        Assert.Equal("your answer: line 2 (hidden [2], ReLU, learning rate 0.03, 300 epochs, batch size 10 → 85.0 %) quotes 85.0 % " +
            "but these settings, trained again, reach 75.0 % on the held-out points.", message);
    }

    [Fact]
    public void Runs_that_reproduce_without_the_handed_in_network_fail() =>
        Assert.Equal("your answer: none of its 2 runs gives the network you hand in; report the run of your settings too.",
            Failure($"{Line}\n{Trial}"));

    [Theory]
    [InlineData("hidden [3], Tanh, learning rate 0.3, 3001 epochs, batch size 10 → 95.0 %", "takes 30010 SGD steps")]
    [InlineData("hidden [20, 20], Tanh, learning rate 0.3, 300 epochs, batch size 10 → 95.0 %", "more than the 400 weights and biases")]
    [InlineData("hidden [3, 0], Tanh, learning rate 0.3, 300 epochs, batch size 10 → 95.0 %", "a hidden layer without units")]
    [InlineData("hidden [3], Tanh, learning rate 0, 300 epochs, batch size 10 → 95.0 %", "a learning rate above 0")]
    [InlineData("hidden [3], Tanh, learning rate 0.3, 0 epochs, batch size 10 → 95.0 %", "at least 1 epoch")]
    public void A_run_too_costly_or_impossible_to_train_is_refused_before_any_training(string run, string says) =>
        Assert.Contains(says, Failure($"{Mine}\n{run}"));

    [Fact]
    public void More_runs_than_the_grader_trains_again_are_refused() =>
        Assert.Contains("reports 7 runs; the grader trains at most 6 again", Failure(string.Join("\n", Enumerable.Repeat(Mine, 7))));

    [Fact]
    public void A_run_that_diverges_fails_saying_so() =>
        Assert.Contains("diverged when trained again", Failure($"{Mine}\nhidden [3], Identity, learning rate 1000, 300 epochs, batch size 10 → 50.0 %"));

    [Fact]
    public void No_network_handed_in_fails() =>
        Assert.Contains("expected the network you hand in but got null",
            Assert.Throws<CheckFailedException>(() => Check.RunsReproduce(Split.Train, Split.Validation, null!, Mine, "your answer")).Message);
}
