using System.Globalization;
using NeuralNetworks.Activations;
using NeuralNetworks.Data;
using NeuralNetworks.Layers;
using NeuralNetworks.Optimizers;
using NeuralNetworks.Training;

namespace NeuralNetworks.Tests.Training;

/// <summary>
/// Lesson 09, section 5: 5-fold cross-validation of the iris network on the 120 flowers outside the test set,
/// 20 epochs against 100. Computed as the lesson's cells compute it and printed as they print it.
/// </summary>
public class CrossValidationLessonTests
{
    private static string F1(double x) => x.ToString("F1", CultureInfo.InvariantCulture);

    private static double FoldAccuracy(Fold fold, int epochs)
    {
        var scaler = Standardizer.Fit(fold.Train.Features);
        Dataset train = scaler.Transform(fold.Train), heldOut = scaler.Transform(fold.Validation);
        var net = new Network([4, 6, 3], Activation.ReLU, initialization: Initialization.Normal(0.01), seed: 4);
        Trainer.Fit(net, train, new SGD(0.1), epochs: epochs, batchSize: 10, seed: 4);
        return net.Accuracy(heldOut.Features, heldOut.Labels);
    }

    private static string Row(double[] a)
    {
        double mean = a.Average();
        double sd = Math.Sqrt(a.Sum(x => (x - mean) * (x - mean)) / (a.Length - 1));
        return string.Join(" ", a.Select(x => F1(100 * x))) + $" | {F1(100 * mean)} ± {F1(100 * sd)}";
    }

    [Fact]
    public void Lesson_09_five_folds_choose_100_epochs_over_20()
    {
        var iris = Dataset.LoadCsv(TestData.File("iris.csv"));
        DataSplit split = iris.Split(0.6, 0.2, seed: 4);
        IReadOnlyList<Fold> folds = KFold.Split(split.Train.Concat(split.Validation), k: 5, seed: 4);
        double[] twenty = folds.Select(f => FoldAccuracy(f, 20)).ToArray();
        double[] hundred = folds.Select(f => FoldAccuracy(f, 100)).ToArray();

        Assert.All(folds, f => Assert.Equal((96, 24), (f.Train.Count, f.Validation.Count)));
        Assert.Equal("91.7 95.8 87.5 100.0 83.3 | 91.7 ± 6.6", Row(twenty));
        Assert.Equal("100.0 95.8 95.8 100.0 91.7 | 96.7 ± 3.5", Row(hundred));
        var pairs = hundred.Zip(twenty).ToArray();
        Assert.Equal((3, 2, 0), (pairs.Count(p => p.First > p.Second), pairs.Count(p => p.First == p.Second),
            pairs.Count(p => p.First < p.Second)));
    }
}
