using FsCheck;
using FsCheck.Xunit;
using NeuralNetworks.Data;

namespace NeuralNetworks.Tests.Data;

public class OneHotTests
{
    [Fact]
    public void EncodesEachLabelAsOneOne()
    {
        Matrix<double> T = OneHot.Encode([2, 0, 1], 3);

        Assert.Equal(new double[,] { { 0, 0, 1 }, { 1, 0, 0 }, { 0, 1, 0 } }, T.ToArray());
    }

    [Property]
    public bool DecodeUndoesEncode(PositiveInt classes, int[] seeds)
    {
        int c = classes.Get % 12 + 1;
        int[] labels = seeds.Select(s => Math.Abs(s % c)).ToArray();
        return OneHot.Decode(OneHot.Encode(labels, c)).SequenceEqual(labels);
    }

    [Fact]
    public void DecodePicksTheLargestAndTheFirstOnATie()
    {
        Matrix<double> Y = Matrix<double>.Build.DenseOfArray(new double[,] { { 0.1, 0.7, 0.2 }, { 0.4, 0.2, 0.4 } });

        Assert.Equal([1, 0], OneHot.Decode(Y));
    }

    [Fact]
    public void DatasetTargetsHaveOneColumnPerClass()
    {
        Dataset iris = Dataset.LoadCsv(TestData.File("iris.csv"));
        Matrix<double> T = iris.OneHotTargets();

        Assert.Equal(150, T.RowCount);
        Assert.Equal(3, T.ColumnCount);
        Assert.Equal([50, 50, 50], T.ColumnSums().ToArray());
    }

    [Fact]
    public void LabelOutsideTheClassesIsNamed()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => OneHot.Encode([0, 3], 3));
        Assert.Contains("row 1", error.Message);
    }
}
