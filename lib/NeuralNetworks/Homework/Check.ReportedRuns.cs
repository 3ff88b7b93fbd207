using System.Globalization;
using NeuralNetworks.Data;
using NeuralNetworks.Layers;
using NeuralNetworks.Training;

namespace NeuralNetworks.Homework;

// A written answer judged by what it must contain (homework 11): the runs it reports, trained again.
public static partial class Check
{
    /// <summary>At most this many runs are trained again, each of at most <see cref="MaxRunSteps"/> SGD steps and
    /// <see cref="MaxRunParameters"/> weights and biases: a grader runs this check in its own process, so a text must not
    /// be able to buy it minutes of training (the bound is a few seconds).</summary>
    internal const int MaxRuns = 6, MaxRunSteps = 30_000, MaxRunParameters = 400;

    /// <summary>
    /// The text reports at least two runs in the form of <see cref="ReportedRun"/> (one per line), one of them is the
    /// handed-in network (trained again, it classifies every training and held-out point alike), and every run quotes the
    /// held-out accuracy its settings give when trained again on <paramref name="train"/>. Filler that quotes a number
    /// cannot pass: only settings that were really run give back the number they quote.
    /// </summary>
    public static void RunsReproduce(Dataset train, Dataset heldOut, Network actualNetwork, string actualText, string what)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(heldOut);
        if (actualNetwork is null) throw new CheckFailedException($"{what}: expected the network you hand in but got null.");
        var runs = ReportedRun.Parse(actualText ?? "");
        if (runs.Count < 2)
            throw new CheckFailedException(
                $"{what} reports {runs.Count} {(runs.Count == 1 ? "run" : "runs")} in the form \"{ReportedRun.Example}\"; report at least 2, " +
                "one per line: the settings you hand in and settings you compared them with.");
        if (runs.Count > MaxRuns)
            throw new CheckFailedException($"{what} reports {runs.Count} runs; the grader trains at most {MaxRuns} again: keep the ones you discuss.");
        foreach (ReportedRun run in runs) CheckCost(run, train, what);
        var everyPoint = train.Features.Stack(heldOut.Features);
        bool handedIn = false;
        foreach (ReportedRun run in runs)
        {
            Network again = TrainAgain(run, train, what);
            string reached = (again.Accuracy(heldOut.Features, heldOut.Labels) * 100).ToString("0.0", CultureInfo.InvariantCulture);
            if (reached != run.QuotedPercent)
                throw new CheckFailedException(
                    $"{what}: line {run.Line} ({run}) quotes {run.QuotedPercent} % but these settings, trained again, reach {reached} % on the held-out points.");
            handedIn |= actualNetwork.InputCount == train.FeatureCount && again.Classify(everyPoint).SequenceEqual(actualNetwork.Classify(everyPoint));
        }
        if (!handedIn)
            throw new CheckFailedException($"{what}: none of its {runs.Count} runs gives the network you hand in; report the run of your settings too.");
    }

    private static void CheckCost(ReportedRun run, Dataset train, string what)
    {
        string line = $"{what}: line {run.Line} ({run})";
        if (run.Hidden.Any(units => units < 1)) throw new CheckFailedException($"{line} has a hidden layer without units.");
        if (!(run.LearningRate > 0) || double.IsInfinity(run.LearningRate)) throw new CheckFailedException($"{line} needs a learning rate above 0.");
        if (run.Epochs < 1 || run.BatchSize < 1) throw new CheckFailedException($"{line} needs at least 1 epoch and a batch size of at least 1.");
        if (run.Parameters(train.FeatureCount, train.ClassCount) > MaxRunParameters)
            throw new CheckFailedException($"{line} has more than the {MaxRunParameters} weights and biases the grader trains again.");
        if (run.Steps(train.Count) > MaxRunSteps)
            throw new CheckFailedException(
                $"{line} takes {run.Steps(train.Count)} SGD steps (epochs × batches per epoch); the grader trains runs of at most {MaxRunSteps} again.");
    }

    private static Network TrainAgain(ReportedRun run, Dataset train, string what)
    {
        try
        {
            return run.Train(train);
        }
        catch (TrainingDivergedException diverged)
        {
            throw new CheckFailedException($"{what}: line {run.Line} ({run}) diverged when trained again ({diverged.Message}); report runs that trained.");
        }
    }
}
