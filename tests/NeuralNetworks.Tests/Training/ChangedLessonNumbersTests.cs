using System.Globalization;
using NeuralNetworks.Activations;
using NeuralNetworks.Calculus;
using NeuralNetworks.Data;
using NeuralNetworks.Layers;
using NeuralNetworks.Optimizers;
using NeuralNetworks.Training;

namespace NeuralNetworks.Tests.Training;

/// <summary>
/// The numbers lessons 08 and 10 quote that moved when the library's products became the fast kernel (the same sums in
/// another order, amplified by training): each computed as the lesson's cell computes it and printed as it prints it.
/// </summary>
public class ChangedLessonNumbersTests
{
    private static string F(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);

    [Fact]
    public void Lesson_08_the_largest_relative_error_of_the_bigger_networks_gradient_check()
    {
        var spiral = ToyData.Spirals(30, classes: 3, noise: 0.1, seed: 8);
        var bigger = new Network([2, 8, 8, 3], Activation.Tanh, seed: 8);
        var check = GradientCheck.Run(bigger, spiral.Features, bigger.Targets(spiral.Labels));
        Assert.Equal("1.44E-09", F(check.MaxRelativeError, "0.00E+00"));
    }

    [Fact]
    public void Lesson_10_raw_wine_inputs_with_a_tiny_learning_rate_end_at_9_925_and_37_1_percent()
    {
        var wine = Dataset.LoadCsv(TestData.File("wine.csv"));
        DataSplit split = wine.Split(0.6, 0.2, seed: 10);
        TrainingHistory raw = Trainer.Fit(new Network([13, 16, 3], Activation.ReLU, seed: 10), split.Train,
            new SGD(0.0001), split.Validation, epochs: 20, batchSize: 16, seed: 10);
        Assert.Equal(("9.925", "37.1"), (F(raw.Last.TrainLoss, "F3"), F(raw.Last.ValidationAccuracy * 100, "F1")));
    }

    [Fact]
    public void Lesson_10_batch_normalisation_gets_the_deep_sigmoid_network_to_0_066_and_95_percent()
    {
        var random = new Random(16);
        int[] sizes = [2, 16, 16, 16, 16, 16, 2];
        var layers = new List<ILayer>();
        for (int i = 1; i < sizes.Length; i++)
        {
            layers.Add(new Dense(sizes[i - 1], sizes[i], Initialization.Xavier, random, index: i));
            if (i == sizes.Length - 1) break;
            layers.Add(new BatchNormalization(sizes[i], index: i));
            layers.Add(new ActivationLayer(Activation.Sigmoid));
        }
        DataSplit moons = ToyData.Moons(200, noise: 0.15, seed: 16).Split(0.5, 0.5, seed: 16);
        TrainingHistory history = Trainer.Fit(new Network(layers, new SoftmaxWithLoss()), moons.Train, new SGD(0.3),
            moons.Validation, epochs: 60, batchSize: 20, seed: 16);
        Assert.Equal(("0.066", "95.0"), (F(history.Last.TrainLoss, "F3"), F(history.Last.ValidationAccuracy * 100, "F1")));
    }
}
