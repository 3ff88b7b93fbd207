using NeuralNetworks.Data;

namespace NeuralNetworks.Tests.Data;

public class DataSplitTests
{
    private static readonly Dataset Iris = Dataset.LoadCsv(TestData.File("iris.csv"));

    [Fact]
    public void SizesFollowTheFractionsAndTestGetsTheRest()
    {
        DataSplit split = Iris.Split(0.6, 0.2, seed: 1);

        Assert.Equal(90, split.Train.Count);
        Assert.Equal(30, split.Validation.Count);
        Assert.Equal(30, split.Test.Count);
    }

    [Fact]
    public void PartsAreDisjointAndCoverEveryRow()
    {
        DataSplit split = Iris.Split(0.7, 0.15, seed: 3);
        var rows = new[] { split.Train, split.Validation, split.Test }
            .SelectMany(d => Enumerable.Range(0, d.Count).Select(i => RowKey(d, i)))
            .ToList();

        Assert.Equal(Enumerable.Range(0, Iris.Count).Select(i => RowKey(Iris, i)).Order(), rows.Order());
    }

    [Fact]
    public void SameSeedSameSplitAndOtherSeedDiffers()
    {
        DataSplit a = Iris.Split(0.6, 0.2, seed: 7), b = Iris.Split(0.6, 0.2, seed: 7), c = Iris.Split(0.6, 0.2, seed: 8);

        Assert.Equal(a.Train.Features, b.Train.Features);
        Assert.Equal(a.Test.Labels, b.Test.Labels);
        Assert.NotEqual(a.Train.Features, c.Train.Features);
    }

    [Fact]
    public void ShuffleKeepsEachRowWithItsLabel()
    {
        Dataset shuffled = Iris.Shuffle(seed: 5);

        Assert.NotEqual(Iris.Labels, shuffled.Labels);
        Assert.Equal(Iris.Labels.Order(), shuffled.Labels.Order());
        Assert.All(Enumerable.Range(0, shuffled.Count), i =>
            Assert.Contains(RowKey(shuffled, i), Enumerable.Range(0, Iris.Count).Select(j => RowKey(Iris, j))));
    }

    [Fact]
    public void TakeRejectsAMissingRow()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Iris.Take([0, 150]));
        Assert.Contains("150", error.Message);
    }

    [Theory]
    [InlineData(0.0, 0.2, "trainFraction")]
    [InlineData(1.2, 0.0, "trainFraction")]
    [InlineData(0.6, -0.1, "validationFraction")]
    public void BadFractionsAreNamed(double train, double validation, string name)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Iris.Split(train, validation, seed: 1));
        Assert.Equal(name, error.ParamName);
    }

    [Fact]
    public void FractionsAddingToMoreThanOneAreRejected()
    {
        var error = Assert.Throws<ArgumentException>(() => Iris.Split(0.8, 0.3, seed: 1));
        Assert.Contains("more than 1", error.Message);
    }

    private static string RowKey(Dataset d, int i) => string.Join(",", d.Features.Row(i)) + ":" + d.ClassNames[d.Labels[i]];
}
