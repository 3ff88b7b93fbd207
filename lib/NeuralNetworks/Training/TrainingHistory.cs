using System.Globalization;
using System.Text;

namespace NeuralNetworks.Training;

/// <summary>
/// The numbers of one epoch (lesson 09), measured after the epoch's last update on the
/// whole training and validation sets, with dropout off and without the weight-decay term.
/// Accuracies are fractions in [0, 1]; NaN where there is nothing to measure (no validation set,
/// or a regression network).
/// </summary>
public sealed record EpochRecord(int Epoch, double TrainLoss, double TrainAccuracy,
    double ValidationLoss, double ValidationAccuracy);

/// <summary>
/// What happened during training: one <see cref="EpochRecord"/> per epoch, the epoch whose weights
/// the network kept (the best validation loss when early stopping is on, else the last epoch),
/// and whether training stopped early. Prints as a short table.
/// </summary>
public sealed record TrainingHistory(
    IReadOnlyList<EpochRecord> Epochs, int BestEpoch, bool StoppedEarly)
{
    public EpochRecord Last => Epochs[^1];

    public EpochRecord Best => Epochs[BestEpoch - 1];

    public IEnumerable<double> TrainLosses => Epochs.Select(e => e.TrainLoss);

    public IEnumerable<double> ValidationLosses => Epochs.Select(e => e.ValidationLoss);

    /// <summary>
    /// A table of at most <paramref name="rows"/> epochs spread evenly, always with
    /// the first and the last.
    /// </summary>
    public string ToTable(int rows = 10)
    {
        var text = new StringBuilder("epoch  train loss  train acc  val loss  val acc\n");
        int count = Epochs.Count, shown = Math.Max(2, Math.Min(rows, count));
        IEnumerable<int> picked = Enumerable.Range(0, shown)
            .Select(i => (int)Math.Round(i * (count - 1) / (double)Math.Max(1, shown - 1)))
            .Distinct();
        foreach (EpochRecord e in picked.Select(i => Epochs[i]))
            text.Append(CultureInfo.InvariantCulture,
                $"{e.Epoch,5}  {e.TrainLoss,10:F4}  {Percent(e.TrainAccuracy),9}  " +
                $"{e.ValidationLoss,8:F4}  {Percent(e.ValidationAccuracy),7}\n");
        string ending = StoppedEarly
            ? $"stopped early; kept the weights of epoch {BestEpoch}"
            : $"kept the weights of epoch {BestEpoch}";
        return text.Append(ending).ToString();
    }

    public override string ToString() => ToTable();

    private static string Percent(double fraction) =>
        double.IsNaN(fraction)
            ? "–"
            : (100 * fraction).ToString("F1", CultureInfo.InvariantCulture) + "%";
}
