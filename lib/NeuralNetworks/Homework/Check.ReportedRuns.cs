using System.Globalization;
using NeuralNetworks.Data;
using NeuralNetworks.Languages;
using NeuralNetworks.Layers;
using NeuralNetworks.Training;

namespace NeuralNetworks.Homework;

// A written answer judged by what it must contain (homework 11): the runs it reports, trained
// again.
public static partial class Check
{
    /// <summary>
    /// At most this many runs are trained again, each of at most <see cref="MaxRunSteps"/> SGD
    /// steps and <see cref="MaxRunParameters"/> weights and biases: a grader runs this check in
    /// its own process, so a text must not be able to buy it minutes of training (the bound is a
    /// few seconds).
    /// </summary>
    internal const int MaxRuns = 6, MaxRunSteps = 30_000, MaxRunParameters = 400;

    /// <summary>
    /// The text reports at least two runs in the form of <see cref="ReportedRun"/> (one per
    /// line), one of them is the handed-in network (trained again, it classifies every training
    /// and held-out point alike), and every run quotes the held-out accuracy its settings give
    /// when trained again on <paramref name="train"/>. Filler that quotes a number cannot pass:
    /// only settings that were really run give back the number they quote.
    /// </summary>
    public static void RunsReproduce(Dataset train, Dataset heldOut, Network actualNetwork,
        string actualText, string what)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(heldOut);
        if (actualNetwork is null)
            throw Fail($"{what}: expected the network you hand in but got null.",
                $"{Words(what)}：提出するネットワークが必要ですが、nullでした。");
        var runs = ReportedRun.Parse(actualText ?? "");
        if (runs.Count < 2)
            throw Fail(
                $"{what} reports {runs.Count} {(runs.Count == 1 ? "run" : "runs")} " +
                $"in the form \"{ReportedRun.Example}\"; report at least 2, one per line: " +
                "the settings you hand in and settings you compared them with.",
                $"{Words(what)}が「{ReportedRun.Example}」の形で報告している実行は" +
                $"{runs.Count}件です。提出する設定と、それと比べた設定の少なくとも2件を、" +
                "1行に1件ずつ報告してください。");
        if (runs.Count > MaxRuns)
            throw Fail(
                $"{what} reports {runs.Count} runs; the grader trains at most {MaxRuns} again: " +
                "keep the ones you discuss.",
                $"{Words(what)}は{runs.Count}件の実行を報告していますが、" +
                $"採点で学習し直すのは{MaxRuns}件までです。考察で取り上げるものだけを残してください。");
        foreach (ReportedRun run in runs) CheckCost(run, train, what);
        var everyPoint = train.Features.Stack(heldOut.Features);
        bool handedIn = false;
        foreach (ReportedRun run in runs)
        {
            Network again = TrainAgain(run, train, what);
            string reached = (again.Accuracy(heldOut.Features, heldOut.Labels) * 100)
                .ToString("0.0", CultureInfo.InvariantCulture);
            if (reached != run.QuotedPercent)
                throw Fail(
                    $"{what}: line {run.Line} ({run}) quotes {run.QuotedPercent} % but these " +
                    $"settings, trained again, reach {reached} % on the held-out points.",
                    $"{Words(what)}：{run.Line}行目（{run}）は{run.QuotedPercent} %と書いていますが、" +
                    $"この設定で学習し直すと、取り分けた点での正解率は{reached} %になります。");
            handedIn |= actualNetwork.InputCount == train.FeatureCount
                && again.Classify(everyPoint).SequenceEqual(actualNetwork.Classify(everyPoint));
        }
        if (!handedIn)
            throw Fail(
                $"{what}: none of its {runs.Count} runs gives the network you hand in; " +
                "report the run of your settings too.",
                $"{Words(what)}：報告された{runs.Count}件の実行のどれからも、" +
                "提出するネットワークが得られません。提出する設定の実行も報告してください。");
    }

    private static void CheckCost(ReportedRun run, Dataset train, string what)
    {
        string line = Language.Pick($"{what}: line {run.Line} ({run})",
            $"{Words(what)}：{run.Line}行目（{run}）");
        if (run.Hidden.Any(units => units < 1))
            throw Fail($"{line} has a hidden layer without units.",
                $"{line}には、ユニットのない隠れ層があります。");
        if (!(run.LearningRate > 0) || double.IsInfinity(run.LearningRate))
            throw Fail($"{line} needs a learning rate above 0.",
                $"{line}では、学習率を0より大きくしてください。");
        if (run.Epochs < 1 || run.BatchSize < 1)
            throw Fail(
                $"{line} needs at least 1 epoch and a batch size of at least 1.",
                $"{line}では、エポック数とバッチサイズをどちらも1以上にしてください。");
        if (run.Parameters(train.FeatureCount, train.ClassCount) > MaxRunParameters)
            throw Fail(
                $"{line} has more than the {MaxRunParameters} weights and biases " +
                "the grader trains again.",
                $"{line}の重みとバイアスは、採点で学習し直せる上限の{MaxRunParameters}個を" +
                "超えています。");
        if (run.Steps(train.Count) > MaxRunSteps)
            throw Fail(
                $"{line} takes {run.Steps(train.Count)} SGD steps (epochs × batches per epoch); " +
                $"the grader trains runs of at most {MaxRunSteps} again.",
                $"{line}のSGDのステップは{run.Steps(train.Count)}回" +
                "（エポック数 × エポックあたりのバッチ数）です。" +
                $"採点で学習し直すのは、ステップが{MaxRunSteps}回以下の実行だけです。");
    }

    private static Network TrainAgain(ReportedRun run, Dataset train, string what)
    {
        try
        {
            return run.Train(train);
        }
        catch (TrainingDivergedException diverged)
        {
            throw Fail(
                $"{what}: line {run.Line} ({run}) diverged when trained again " +
                $"({diverged.Message}); report runs that trained.",
                $"{Words(what)}：{run.Line}行目（{run}）は、学習し直すと発散しました" +
                $"（{diverged.Message}）。学習がうまく進んだ実行を報告してください。");
        }
    }
}
