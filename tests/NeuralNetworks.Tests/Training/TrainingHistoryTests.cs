using NeuralNetworks.Training;

namespace NeuralNetworks.Tests.Training;

public class TrainingHistoryTests
{
    private static TrainingHistory History(int epochs) => new(
        Enumerable.Range(1, epochs).Select(e => new EpochRecord(e, 1.0 / e, 0.5, double.NaN, double.NaN)).ToList(), epochs, false);

    [Fact]
    public void Table_shows_at_most_the_requested_rows_with_the_first_and_last_epoch()
    {
        string[] lines = History(100).ToTable(rows: 5).Split('\n');
        Assert.Equal(1 + 5 + 1, lines.Length);
        Assert.StartsWith("    1      1.0000", lines[1]);
        Assert.StartsWith("  100      0.0100", lines[5]);
        Assert.Contains("50.0%", lines[1]);
        Assert.Contains("–", lines[1]);
    }

    [Fact]
    public void Short_histories_show_every_epoch()
    {
        Assert.Equal(1 + 3 + 1, History(3).ToString().Split('\n').Length);
        Assert.Equal(3, History(3).Last.Epoch);
    }
}
