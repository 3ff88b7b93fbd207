using System.Globalization;
using System.Text.RegularExpressions;
using NeuralNetworks.Activations;
using NeuralNetworks.Data;
using NeuralNetworks.Layers;
using NeuralNetworks.Optimizers;
using NeuralNetworks.Training;

namespace NeuralNetworks.Homework;

/// <summary>
/// One training run a written answer reports (homework 11), on a line of its own in the form
/// "hidden [3], Tanh, learning rate 0.3, 300 epochs, batch size 10 → 95.0 %": the settings, then the held-out accuracy
/// they gave, with one decimal as the notebook prints it. Letter case, spaces and "->" for "→" do not matter; a line that
/// does not have this form is prose, not a run. <see cref="Train"/> repeats the run as homework 11's Train does, so that a
/// grader can measure what the settings give instead of reading what the text claims.
/// </summary>
public sealed record ReportedRun(int Line, IReadOnlyList<int> Hidden, Activation Activation, double LearningRate, int Epochs,
    int BatchSize, string QuotedPercent)
{
    public const string Example = "hidden [3], Tanh, learning rate 0.3, 300 epochs, batch size 10 → 95.0 %";

    private static readonly Regex Form = new(
        @"hidden\s*\[(?<hidden>[\d\s,]*)\]\s*,\s*(?<activation>[^,]+?)\s*,\s*learning\s+rate\s+(?<rate>[0-9.eE+-]+)\s*,\s*" +
        @"(?<epochs>\d{1,9})\s+epochs\s*,\s*batch\s+size\s+(?<batch>\d{1,9})\s*(?:→|->)\s*(?<percent>\d{1,3}\.\d)\s*%",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private static readonly Regex Leaky = new(@"^leaky\s+relu\s*\(a\s*=\s*(?<a>[0-9.eE+-]+)\)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>The runs the text reports, in order; a line whose activation the library does not have is left out as prose.</summary>
    public static IReadOnlyList<ReportedRun> Parse(string text)
    {
        var runs = new List<ReportedRun>();
        string[] lines = (text ?? "").Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            Match m = Form.Match(lines[i]);
            if (!m.Success || Named(m.Groups["activation"].Value) is not { } activation
                || !double.TryParse(m.Groups["rate"].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out double rate))
                continue;
            int[] hidden = m.Groups["hidden"].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Select(n => int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out int units) ? units : 0).ToArray();
            runs.Add(new ReportedRun(i + 1, hidden, activation, rate, int.Parse(m.Groups["epochs"].Value, CultureInfo.InvariantCulture),
                int.Parse(m.Groups["batch"].Value, CultureInfo.InvariantCulture), m.Groups["percent"].Value));
        }
        return runs;
    }

    /// <summary>A network in → hidden → classes with this activation and random seed 0, trained with plain SGD and seed 0.</summary>
    public Network Train(Dataset train)
    {
        var network = new Network([train.FeatureCount, .. Hidden, train.ClassCount], Activation, seed: 0);
        Trainer.Fit(network, train, new SGD(LearningRate), epochs: Epochs, batchSize: BatchSize, seed: 0);
        return network;
    }

    /// <summary>Weights and biases of the network <see cref="Train"/> builds: n·m + m for each layer from n inputs to m units.</summary>
    public long Parameters(int inputs, int classes)
    {
        int[] sizes = [inputs, .. Hidden, classes];
        return Enumerable.Range(1, sizes.Length - 1).Sum(k => (long)sizes[k - 1] * sizes[k] + sizes[k]);
    }

    /// <summary>SGD steps <see cref="Train"/> takes: epochs × batches per epoch.</summary>
    public long Steps(int examples) => (long)Epochs * ((examples + BatchSize - 1) / Math.Max(1, BatchSize));

    public override string ToString() => FormattableString.Invariant(
        $"hidden [{string.Join(", ", Hidden)}], {Activation}, learning rate {LearningRate}, {Epochs} epochs, batch size {BatchSize} → {QuotedPercent} %");

    private static Activation? Named(string name)
    {
        if (Activation.All.FirstOrDefault(a => string.Equals(a.Name, name, StringComparison.OrdinalIgnoreCase)) is { } known) return known;
        Match leaky = Leaky.Match(name);
        return leaky.Success && double.TryParse(leaky.Groups["a"].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out double a)
            && a > 0 && a < 1 ? Activation.LeakyReLU(a) : null;
    }
}
