using NeuralNetworks.Data;

namespace NeuralNetworks.Tests.Data;

public class KFoldTests
{
    private static readonly Dataset Iris = Dataset.LoadCsv(TestData.File("iris.csv"));

    private static string RowKey(Dataset d, int i) =>
        string.Join(",", d.Features.Row(i).Select(v => v.ToString("R"))) + ":" + d.Labels[i];

    private static List<string> Keys(Dataset d) => Enumerable.Range(0, d.Count).Select(i => RowKey(d, i)).ToList();

    [Fact]
    public void EveryRowIsHeldOutExactlyOnceAndTrainedOnInTheOtherRounds()
    {
        Dataset data = Iris.Take(Enumerable.Range(0, 23));
        IReadOnlyList<Fold> folds = KFold.Split(data, k: 5, seed: 2);

        Assert.Equal([1, 2, 3, 4, 5], folds.Select(f => f.Number));
        Assert.Equal([5, 5, 5, 4, 4], folds.Select(f => f.Validation.Count));
        Assert.All(folds, f => Assert.Equal(data.Count, f.Train.Count + f.Validation.Count));
        Assert.Equal(Keys(data).Order(), folds.SelectMany(f => Keys(f.Validation)).Order());
        Assert.All(folds, f =>
            Assert.Equal(Keys(data).Order(), Keys(f.Train).Concat(Keys(f.Validation)).Order()));
    }

    [Fact]
    public void SameSeedSameFoldsAndOtherSeedDiffers()
    {
        var a = KFold.Split(Iris, 5, seed: 4);
        var b = KFold.Split(Iris, 5, seed: 4);
        var c = KFold.Split(Iris, 5, seed: 5);

        Assert.Equal(a[2].Validation.Features, b[2].Validation.Features);
        Assert.NotEqual(a[2].Validation.Features, c[2].Validation.Features);
    }

    [Fact]
    public void TheFoldsAreCutFromTheShuffleThatSplitUses()
    {
        // Split(0.2, 0, seed) keeps the first fifth of the same shuffle as its training part.
        Assert.Equal(Iris.Split(0.2, 0, seed: 4).Train.Features, KFold.Split(Iris, 5, seed: 4)[0].Validation.Features);
    }

    [Fact]
    public void PrintsItsPlaceAndSizes() =>
        Assert.Equal("Fold 2 of 5 (train 120, validation 30)", KFold.Split(Iris, 5, seed: 1)[1].ToString());

    [Theory]
    [InlineData(1)]
    [InlineData(151)]
    public void RejectsAKWithoutTwoFoldsOrWithEmptyOnes(int k)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => KFold.Split(Iris, k, seed: 1));
        Assert.Contains("150", error.Message);
    }

    [Fact]
    public void ConcatKeepsTheRowsInOrderWithTheirLabels()
    {
        DataSplit split = Iris.Split(0.6, 0.2, seed: 4);
        Dataset joined = split.Train.Concat(split.Validation);

        Assert.Equal(120, joined.Count);
        Assert.Equal(Keys(split.Train).Concat(Keys(split.Validation)), Keys(joined));
    }

    [Fact]
    public void ConcatRejectsAnotherDataSet()
    {
        Dataset other = Iris.WithFeatures(Iris.Features.SubMatrix(0, Iris.Count, 0, 2));
        Assert.Throws<ArgumentException>(() => Iris.Concat(other));
    }
}
