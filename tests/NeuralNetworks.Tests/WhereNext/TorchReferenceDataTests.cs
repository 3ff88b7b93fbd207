using System.Globalization;
using NeuralNetworks.Data;
using static NeuralNetworks.Tests.WhereNext.TorchReference;

namespace NeuralNetworks.Tests.WhereNext;

/// <summary>
/// PyTorch trained on the lesson's flowers: the rows the script cut (with its Python copy of .NET's seeded Random,
/// bench/where-next/dotnet_random.py) are the rows of the library's Split(0.6, 0.2, seed: 4), and its μ and σ are the
/// library's Standardizer's, to the "1.8E-15" lesson 12 prints.
/// </summary>
public class TorchReferenceDataTests
{
    [Fact]
    public void The_scripts_rows_are_the_rows_of_the_librarys_split_in_the_same_order()
    {
        (Dataset iris, _, _) = IrisData();
        // A data set whose one feature is the row number shows which rows each part of the split took.
        var rowNumbers = iris.WithFeatures(Matrix<double>.Build.Dense(iris.Count, 1, (i, _) => i));
        DataSplit split = rowNumbers.Split(trainFraction: 0.6, validationFraction: 0.2, seed: 4);

        Assert.Equal(Rows(split.Train), Integers(Json["data"]!["train_rows"]));
        Assert.Equal(Rows(split.Validation), Integers(Json["data"]!["validation_rows"]));
        Assert.Equal(Rows(split.Test), Integers(Json["data"]!["test_rows"]));
    }

    [Fact]
    public void The_scripts_mean_and_standard_deviation_are_the_standardizers_to_the_printed_1_8E_minus_15()
    {
        (_, _, Standardizer scaler) = IrisData();
        double gapMean = (scaler.Mean - Vector<double>.Build.DenseOfArray(Numbers(Json["data"]!["mean"]))).AbsoluteMaximum();
        double gapSd = (scaler.StandardDeviation - Vector<double>.Build.DenseOfArray(Numbers(Json["data"]!["std"]))).AbsoluteMaximum();

        Assert.Equal("1.8E-15", gapMean.ToString("0.0E+00", CultureInfo.InvariantCulture));
        Assert.Equal("6.7E-16", gapSd.ToString("0.0E+00", CultureInfo.InvariantCulture));
    }

    private static int[] Rows(Dataset part) => part.Features.Column(0).Select(v => (int)v).ToArray();
}
