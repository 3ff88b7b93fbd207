using System.Globalization;
using System.Text.Json.Nodes;
using NeuralNetworks.Activations;
using NeuralNetworks.Data;
using NeuralNetworks.Layers;
using NeuralNetworks.Optimizers;
using NeuralNetworks.Training;
using static NeuralNetworks.Tests.WhereNext.TorchReference;

namespace NeuralNetworks.Tests.WhereNext;

/// <summary>
/// Sections 3 and 4 of lesson 12: lesson 09's iris network trained by the library and by PyTorch, and the library
/// replaying PyTorch's run from its first weights and batch order. The numbers are the ones the lesson's prose
/// states, formatted as its cells print them.
/// </summary>
public class TwoRunsTests
{
    private static readonly JsonNode History = Json["history"]!;

    private static string F4(double x) => x.ToString("F4", CultureInfo.InvariantCulture);

    private static string P1(double x) => (100 * x).ToString("F1", CultureInfo.InvariantCulture);

    private static string E1(double x) => x.ToString("0.0E+00", CultureInfo.InvariantCulture);

    private static int BelowOne(IEnumerable<double> losses) => losses.TakeWhile(l => l >= 1).Count() + 1;

    [Fact]
    public void The_two_runs_tell_the_same_story_with_different_curves()
    {
        (_, DataSplit split, Standardizer scaler) = IrisData();
        Dataset train = scaler.Transform(split.Train), test = scaler.Transform(split.Test);
        var net = new Network([4, 6, 3], Activation.ReLU, initialization: Initialization.Normal(0.01), seed: 4);
        string start = F4(net.Loss(train.Features, net.Targets(train.Labels)));
        TrainingHistory history = Trainer.Fit(net, train, new SGD(0.1), scaler.Transform(split.Validation),
            epochs: 100, batchSize: 10, seed: 4);
        double[] torchLoss = Numbers(History["train_loss"]);
        double[] gap = history.TrainLosses.Zip(torchLoss, (a, b) => Math.Abs(a - b)).ToArray();
        int worst = Array.IndexOf(gap, gap.Max());

        Assert.Equal(("1.0987", "1.0989", "1.0986"), (start, F4(Number(Json["initial_loss"])), F4(Math.Log(3))));
        Assert.Equal(("98.9", "98.9"), (P1(history.Last.TrainAccuracy), P1(Numbers(History["train_accuracy"])[^1])));
        Assert.Equal(("93.3", "96.7"), (P1(history.Last.ValidationAccuracy), P1(Numbers(History["validation_accuracy"])[^1])));
        Assert.Equal(("93.3", "93.3"), (P1(net.Accuracy(test.Features, test.Labels)), P1(Number(Json["test_accuracy"]))));
        Assert.Equal((7, 9), (BelowOne(history.TrainLosses), BelowOne(torchLoss)));
        Assert.Equal(("2.5E-01", 9), (E1(gap[worst]), worst + 1));
    }

    [Fact]
    public void From_PyTorchs_first_weights_and_batch_order_the_library_repeats_its_run_to_rounding()
    {
        (_, DataSplit split, Standardizer scaler) = IrisData();
        Dataset train = scaler.Transform(split.Train), test = scaler.Transform(split.Test);
        Network replay = TorchStart();
        var optimizer = new SGD(0.1);
        var losses = new List<double>();
        foreach (JsonNode? epochOrder in Json["batch_orders"]!.AsArray())
        {
            int[] order = Integers(epochOrder);
            for (int start = 0; start < order.Length; start += 10)
            {
                Dataset batch = train.Take(order[start..(start + 10)]);
                replay.Loss(batch.Features, replay.Targets(batch.Labels), training: true);
                replay.Backward();
                optimizer.Step(replay.Parameters);
            }
            losses.Add(replay.Loss(train.Features, replay.Targets(train.Labels)));
        }
        double[] gap = losses.Zip(Numbers(History["train_loss"]), (a, b) => Math.Abs(a - b)).ToArray();

        Assert.True(gap.Max() < 1e-12, $"the replay is {gap.Max():E2} from PyTorch's training loss");
        Assert.Equal(("4.4E-16", 11), (E1(gap.Max()), gap.Count(g => g == 0)));
        Assert.Equal(Number(Json["test_accuracy"]), replay.Accuracy(test.Features, test.Labels));
    }
}
