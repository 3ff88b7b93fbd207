using NeuralNetworks.Data;

namespace NeuralNetworks.Tests.Data;

public class ScalerTests
{
    private static readonly Matrix<double> Train = Matrix<double>.Build.DenseOfArray(new double[,]
    {
        { 1, 10, 5 },
        { 2, 20, 5 },
        { 3, 60, 5 },
    });

    private static readonly Matrix<double> Test = Matrix<double>.Build.DenseOfArray(new double[,] { { 4, 30, 7 } });

    [Fact]
    public void StandardizerFitsPopulationMeanAndDeviation()
    {
        Standardizer s = Standardizer.Fit(Train);

        Assert.Equal([2, 30, 5], s.Mean.ToArray());
        Assert.Equal(Math.Sqrt(2.0 / 3), s.StandardDeviation[0], 12);
        Assert.Equal(Math.Sqrt(1400.0 / 3), s.StandardDeviation[1], 12);
        Assert.Equal(0, s.StandardDeviation[2]);
    }

    [Fact]
    public void StandardizedTrainingColumnsHaveMeanZeroAndDeviationOne()
    {
        Matrix<double> Z = Standardizer.Fit(Train).Transform(Train);

        for (int j = 0; j < 2; j++)
        {
            Assert.Equal(0, Z.Column(j).Average(), 12);
            Assert.Equal(1, Math.Sqrt(Z.Column(j).PointwisePower(2).Average()), 12);
        }
        Assert.All(Z.Column(2), z => Assert.Equal(0, z));
    }

    [Fact]
    public void TestDataIsTransformedWithTheTrainingStatistics()
    {
        Standardizer s = Standardizer.Fit(Train);
        Matrix<double> Z = s.Transform(Test);

        Assert.Equal((4 - 2) / Math.Sqrt(2.0 / 3), Z[0, 0], 12);
        Assert.Equal(0, Z[0, 1], 12);
        Assert.Equal(2, Z[0, 2]); // σ = 0: centred, not divided
    }

    [Fact]
    public void MinMaxScalesTrainingToZeroOneAndTestWithTrainingRange()
    {
        MinMaxScaler m = MinMaxScaler.Fit(Train);

        Assert.Equal([1, 10, 5], m.Min.ToArray());
        Assert.Equal([3, 60, 5], m.Max.ToArray());
        Assert.Equal([0, 0.5, 1], m.Transform(Train).Column(0).ToArray());
        Assert.Equal([1.5, 0.4, 2], m.Transform(Test).Row(0).ToArray());
    }

    [Fact]
    public void DatasetTransformKeepsLabelsAndNames()
    {
        Dataset iris = Dataset.LoadCsv(TestData.File("iris.csv"));
        Dataset z = Standardizer.Fit(iris.Features).Transform(iris);

        Assert.Equal(iris.Labels, z.Labels);
        Assert.Equal(iris.FeatureNames, z.FeatureNames);
        Assert.Equal(0, z.Features.Column(2).Average(), 10);
    }

    [Fact]
    public void ColumnCountMismatchIsReported()
    {
        var error = Assert.Throws<ArgumentException>(() => Standardizer.Fit(Train).Transform(Matrix<double>.Build.Dense(1, 2)));
        Assert.Contains("2 columns", error.Message);
        Assert.Throws<ArgumentException>(() => MinMaxScaler.Fit(Train).Transform(Matrix<double>.Build.Dense(1, 4)));
    }
}
