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
/// "hidden [2], ReLU, learning rate 0.03, 300 epochs, batch size 10 → 75.0 %": the settings,
/// then the held-out accuracy they gave, with one decimal as the notebook prints it. Letter case,
/// spaces and "->" for "→" do not matter; a line that does not have this form is prose, not a
/// run. <see cref="Train"/> repeats the run as homework 11's Train does, so that a grader can
/// measure what the settings give instead of reading what the text claims.
/// </summary>
public sealed record ReportedRun(int Line, IReadOnlyList<int> Hidden, Activation Activation,
    double LearningRate, int Epochs, int BatchSize, string QuotedPercent)
{
    /// <summary>
    /// The form, shown with homework 11's own trial run, which the notebook prints before any
    /// work: an example of the form that is not an answer.
    /// </summary>
    public const string Example =
        "hidden [2], ReLU, learning rate 0.03, 300 epochs, batch size 10 → 75.0 %";

    private static readonly Regex Form = new(
        @"hidden\s*\[(?<hidden>[\d\s,]*)\]\s*,\s*(?<activation>[^,]+?)\s*,\s*" +
        @"learning\s+rate\s+(?<rate>[0-9.eE+-]+)\s*,\s*(?<epochs>\d{1,9})\s+epochs\s*,\s*" +
        @"batch\s+size\s+(?<batch>\d{1,9})\s*(?:→|->)\s*(?<percent>\d{1,3}\.\d)\s*%",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private static readonly Regex Leaky = new(@"^leaky\s+relu\s*\(a\s*=\s*(?<a>[0-9.eE+-]+)\)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>
    /// The runs the text reports, in order; a line whose activation the library does not have is
    /// left out as prose.
    /// </summary>
    public static IReadOnlyList<ReportedRun> Parse(string text)
    {
        var runs = new List<ReportedRun>();
        string[] lines = (text ?? "").Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            Match m = Form.Match(lines[i]);
            if (m.Success && Named(m.Groups["activation"].Value) is { } activation
                && Number(m.Groups["rate"].Value) is { } rate)
                runs.Add(new ReportedRun(i + 1, Units(m.Groups["hidden"].Value), activation, rate,
                    Whole(m.Groups["epochs"].Value), Whole(m.Groups["batch"].Value),
                    m.Groups["percent"].Value));
        }
        return runs;
    }

    /// <summary>
    /// A network in → hidden → classes with this activation and random seed 0, trained with
    /// plain SGD and seed 0.
    /// </summary>
    public Network Train(Dataset train)
    {
        var network = new Network([train.FeatureCount, .. Hidden, train.ClassCount], Activation,
            seed: 0);
        Trainer.Fit(network, train, new SGD(LearningRate), epochs: Epochs, batchSize: BatchSize,
            seed: 0);
        return network;
    }

    /// <summary>
    /// Weights and biases of the network <see cref="Train"/> builds: n·m + m for each layer from n
    /// inputs to m units.
    /// </summary>
    public long Parameters(int inputs, int classes)
    {
        int[] sizes = [inputs, .. Hidden, classes];
        return Enumerable.Range(1, sizes.Length - 1)
            .Sum(k => (long)sizes[k - 1] * sizes[k] + sizes[k]);
    }

    /// <summary>SGD steps <see cref="Train"/> takes: epochs × batches per epoch.</summary>
    public long Steps(int examples) =>
        (long)Epochs * ((examples + BatchSize - 1) / Math.Max(1, BatchSize));

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"hidden [{string.Join(", ", Hidden)}], {Activation}, learning rate {LearningRate}, " +
        $"{Epochs} epochs, batch size {BatchSize} → {QuotedPercent} %");

    private static Activation? Named(string name)
    {
        if (Activation.All.FirstOrDefault(
                a => string.Equals(a.Name, name, StringComparison.OrdinalIgnoreCase)) is { } known)
            return known;
        Match leaky = Leaky.Match(name);
        return leaky.Success && Number(leaky.Groups["a"].Value) is { } a && a > 0 && a < 1
            ? Activation.LeakyReLU(a)
            : null;
    }

    /// <summary>
    /// Units of each hidden layer; a count too large for an int reads as 0, which RunsReproduce
    /// refuses.
    /// </summary>
    private static int[] Units(string list) =>
        list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(n => int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture,
                out int units) ? units : 0)
            .ToArray();

    private static int Whole(string digits) => int.Parse(digits, CultureInfo.InvariantCulture);

    private static double? Number(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value)
            ? value
            : null;
}
