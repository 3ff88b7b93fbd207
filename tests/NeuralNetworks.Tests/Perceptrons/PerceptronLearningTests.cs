using NeuralNetworks.Data;
using NeuralNetworks.Perceptrons;

namespace NeuralNetworks.Tests.Perceptrons;

public class PerceptronLearningTests
{
    [Fact]
    public void OneUpdateFollowsTheRule()
    {
        // One example x = (1, 1), t = 1 from w = 0, b = 0: o = step(0) = 0, so w ← 0 + 0.5·(1 − 0)·(1, 1), b ← 0 + 0.5.
        var data = new Dataset(Matrix<double>.Build.DenseOfArray(new double[,] { { 1, 1 } }), [1], ["x1", "x2"], ["0", "1"]);

        PerceptronLearningResult result = PerceptronLearning.Train(data, learningRate: 0.5, epochs: 5);

        Assert.Equal([0.5, 0.5], result.Epochs[0].Weights.ToArray());
        Assert.Equal(0.5, result.Epochs[0].Bias);
        Assert.Equal([1, 0], result.Mistakes);
        Assert.Equal(2, result.EpochsToConverge);
    }

    [Theory]
    [InlineData("AND")]
    [InlineData("OR")]
    [InlineData("NAND")]
    public void ConvergesOnLinearlySeparableGates(string gate)
    {
        Dataset data = gate switch { "AND" => ToyData.And(), "OR" => ToyData.Or(), _ => ToyData.Nand() };

        PerceptronLearningResult result = PerceptronLearning.Train(data, learningRate: 0.1, epochs: 50, seed: 1);

        Assert.True(result.Converged, result.ToString());
        Assert.Equal(data.Labels, result.Final.Predict(data.Features));
        Assert.Equal(0, result.Mistakes[^1]);
    }

    [Fact]
    public void ConvergesOnBlobs()
    {
        Dataset blobs = ToyData.Blobs(200, seed: 3);

        PerceptronLearningResult result = PerceptronLearning.Train(blobs, learningRate: 0.1, epochs: 200, seed: 2);

        Assert.True(result.Converged, result.ToString());
        Assert.Equal(blobs.Labels, result.Final.Predict(blobs.Features));
    }

    [Fact]
    public void Lesson_01s_AND_run_ends_on_a_perceptron_with_a_corner_exactly_on_its_line()
    {
        // From w = 0, b = 0 with η = 0.1 and seed 0 the rule ends at w = (0.1, 0.2), b = −0.2: at (0, 1), u is exactly 0,
        // and the step's rule (1 only if u > 0) answers 0, as AND must. The values are exact sums of ±0.1.
        var result = PerceptronLearning.Train(ToyData.And(), learningRate: 0.1, epochs: 20, seed: 0);

        Assert.Equal("Perceptron(w = [0.1, 0.2], b = -0.2)", result.Final.ToString());
        Assert.Equal(9, result.EpochsToConverge);
        var corner = ToyData.And().Features.Row(1);
        Assert.Equal(0.0, result.Final.WeightedInput(corner));
        Assert.Equal(0, result.Final.Predict(corner));
    }

    [Fact]
    public void NeverConvergesOnXor()
    {
        PerceptronLearningResult result = PerceptronLearning.Train(ToyData.Xor(), learningRate: 0.1, epochs: 100, seed: 1);

        Assert.False(result.Converged);
        Assert.Null(result.EpochsToConverge);
        Assert.Equal(100, result.Epochs.Count);
        Assert.All(result.Mistakes, m => Assert.True(m > 0));
    }

    [Fact]
    public void SameSeedSameHistory()
    {
        var a = PerceptronLearning.Train(ToyData.Blobs(50, 1), seed: 9);
        var b = PerceptronLearning.Train(ToyData.Blobs(50, 1), seed: 9);

        Assert.Equal(a.Mistakes, b.Mistakes);
        Assert.Equal(a.Final.Weights, b.Final.Weights);
    }

    [Theory]
    [InlineData(0.0, 10, "learningRate")]
    [InlineData(-1.0, 10, "learningRate")]
    [InlineData(0.1, 0, "epochs")]
    public void BadSettingsAreNamed(double learningRate, int epochs, string name)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => PerceptronLearning.Train(ToyData.And(), learningRate, epochs));
        Assert.Equal(name, error.ParamName);
    }

    [Fact]
    public void MoreThanTwoClassesIsRejected()
    {
        var error = Assert.Throws<ArgumentException>(() => PerceptronLearning.Train(ToyData.Spirals(30, 3, 0, 1)));
        Assert.Contains("has 3", error.Message);
    }
}
