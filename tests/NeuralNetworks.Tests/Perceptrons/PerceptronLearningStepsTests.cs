using NeuralNetworks.Data;
using NeuralNetworks.Perceptrons;

namespace NeuralNetworks.Tests.Perceptrons;

public class PerceptronLearningStepsTests
{
    [Theory]
    [InlineData(0, 0.1)]
    [InlineData(1, 0.5)]
    [InlineData(7, 0.01)]
    public void The_updates_replay_PerceptronLearning_Train_epoch_by_epoch(int seed, double eta)
    {
        var data = ToyData.Blobs(40, seed: 3, separation: 2);
        var start = new Perceptron([-1.0, 0.5], 1.0);

        var result = PerceptronLearning.Train(data, eta, epochs: 30, seed: seed, start: start);
        var updates = PerceptronLearningSteps.Trace(data, eta, epochs: 30, seed: seed, start: start);

        Assert.Equal(result.Mistakes.Where(m => m > 0), updates.GroupBy(u => u.Epoch).Select(g => g.Count()));
        foreach (var epoch in updates.GroupBy(u => u.Epoch))
            Assert.Equal(result.Epochs[epoch.Key - 1].ToString(), epoch.Last().After.ToString());
    }

    [Fact]
    public void Each_update_applies_the_rule_to_a_misclassified_example()
    {
        var data = ToyData.Blobs(30, seed: 1, separation: 2);
        const double eta = 0.2;

        foreach (var u in PerceptronLearningSteps.Trace(data, eta, start: new Perceptron([1.0, -1.0], 0.5)))
        {
            var x = data.Features.Row(u.Row);
            Assert.Equal(data.Labels[u.Row], u.Target);
            Assert.Equal(u.Before.Predict(x), u.Output);
            Assert.NotEqual(u.Target, u.Output);
            for (int j = 0; j < 2; j++)
                Assert.Equal(u.Before.Weights[j] + eta * (u.Target - u.Output) * x[j], u.After.Weights[j], 12);
            Assert.Equal(u.Before.Bias + eta * (u.Target - u.Output), u.After.Bias, 12);
        }
    }

    [Fact]
    public void Each_update_follows_on_from_the_previous_one_and_the_last_separates_the_data()
    {
        var data = ToyData.Blobs(40, seed: 5, separation: 2);
        var updates = PerceptronLearningSteps.Trace(data, start: new Perceptron([-1.0, 0.5], 1.0));

        Assert.True(updates.Count > 1);
        for (int k = 1; k < updates.Count; k++)
            Assert.Same(updates[k - 1].After, updates[k].Before);
        Assert.Equal(data.Labels, updates[^1].After.Predict(data.Features));
    }

    [Fact]
    public void On_XOR_the_updates_go_on_until_the_epoch_limit()
    {
        var updates = PerceptronLearningSteps.Trace(ToyData.Xor(), epochs: 15);

        Assert.Equal(15, updates[^1].Epoch);
    }

    [Fact]
    public void From_zero_on_AND_the_first_update_is_the_corner_1_1()
    {
        // step(0) = 0 is already right for the three corners with t = 0, so the first mistake is (1, 1) with t = 1,
        // AND's fourth row: w ← (0, 0) + 0.1·(1 − 0)·(1, 1) = (0.1, 0.1), b ← 0 + 0.1.
        var first = PerceptronLearningSteps.Trace(ToyData.And(), learningRate: 0.1, seed: 0)[0];

        Assert.Equal((4, 3, 1, 0), (first.Example, first.Row, first.Target, first.Output));
        Assert.Equal([1.0, 1.0], ToyData.And().Features.Row(first.Row).ToArray());
        Assert.Equal([0.1, 0.1], first.After.Weights.ToArray());
        Assert.Equal(0.1, first.After.Bias);
    }

    [Fact]
    public void Epochs_and_examples_are_both_counted_from_1()
    {
        var updates = PerceptronLearningSteps.Trace(ToyData.And(), learningRate: 0.1, seed: 0);

        Assert.Equal(1, updates.Min(u => u.Epoch));
        Assert.All(updates, u => Assert.InRange(u.Example, 1, 4));
        Assert.Contains(updates, u => u.Example == 4);
        Assert.StartsWith("epoch 1, example 4: t = 1, o = 0", updates[0].ToString());
    }

    [Fact]
    public void Bad_arguments_are_refused_with_the_fix()
    {
        var eta = Assert.Throws<ArgumentOutOfRangeException>(() => PerceptronLearningSteps.Trace(ToyData.And(), learningRate: 0));
        Assert.Contains("0.1", eta.Message);
        var epochs = Assert.Throws<ArgumentOutOfRangeException>(() => PerceptronLearningSteps.Trace(ToyData.And(), epochs: 0));
        Assert.Contains("at least 1", epochs.Message);
        var three = new Dataset(ToyData.And().Features, [0, 1, 2, 1], ["x1", "x2"], ["a", "b", "c"]);
        var classes = Assert.Throws<ArgumentException>(() => PerceptronLearningSteps.Trace(three));
        Assert.Contains("3", classes.Message);
    }
}
