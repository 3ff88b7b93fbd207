using System.Globalization;
using MathNet.Numerics.Distributions;
using NeuralNetworks.Activations;
using NeuralNetworks.Data;
using NeuralNetworks.Layers;
using NeuralNetworks.Optimizers;
using NeuralNetworks.Training;

namespace NeuralNetworks.Tests.Training;

/// <summary>
/// The numbers lesson 10 quotes for its overfitting network (30 noisy moons, 2 → 32 → 32 → 2 ReLU, 200 full-batch
/// epochs of Adam, 100 validation points), with and without a remedy. Printed as the lesson prints them ("F3").
/// </summary>
public class OverfittingRemediesTests
{
    private static readonly Dataset Moons = ToyData.Moons(30, noise: 0.25, seed: 14);
    private static readonly Dataset Validation = ToyData.Moons(100, noise: 0.25, seed: 15);

    private static TrainingHistory Train(Dataset data, double weightDecay = 0) =>
        Trainer.Fit(new Network([2, 32, 32, 2], Activation.ReLU, seed: 13), data, new Adam(0.01), Validation,
            epochs: 200, batchSize: data.Count, seed: 13, weightDecay: weightDecay);

    private static string F3(double value) => value.ToString("F3", CultureInfo.InvariantCulture);

    [Fact]
    public void L2_with_lambda_0_02_ends_below_the_unregularised_networks_best_epoch()
    {
        TrainingHistory plain = Train(Moons), l2 = Train(Moons, weightDecay: 0.02);
        EpochRecord best = plain.Epochs.MinBy(e => e.ValidationLoss)!;

        Assert.Equal(("0.282", 68), (F3(best.ValidationLoss), best.Epoch));
        Assert.Equal("0.788", F3(plain.Last.ValidationLoss));
        Assert.Equal("0.269", F3(l2.Last.ValidationLoss));
    }

    [Fact]
    public void Nine_noisy_copies_of_each_point_lower_the_final_validation_loss()
    {
        // The lesson's NoisyCopies: rows 0–29 are the points, rows 30–299 copies moved by N(0, 0.15²) noise, seed 17.
        var jitter = new Normal(0, 0.15, new Random(17));
        int n = Moons.Count;
        var X = Matrix<double>.Build.Dense(10 * n, 2, (r, c) => Moons.Features[r % n, c] + (r < n ? 0 : jitter.Sample()));
        var augmented = new Dataset(X, Enumerable.Range(0, 10 * n).Select(r => Moons.Labels[r % n]).ToArray(),
            Moons.FeatureNames, Moons.ClassNames);

        Assert.Equal("0.434", F3(Train(augmented).Last.ValidationLoss));
    }
}
