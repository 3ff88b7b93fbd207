using System.Globalization;
using MathNet.Numerics.LinearAlgebra;
using NeuralNetworks.Activations;
using NeuralNetworks.Layers;

namespace NeuralNetworks.Tests.WhereNext;

/// <summary>
/// Section 6 of lesson 12: a 1-D convolution, a recurrent step and attention on a few numbers, computed as the
/// lesson's cells compute them and printed as they print them (the numbers its prose states).
/// </summary>
public class WhatComesNextTests
{
    private static readonly double[] Signal = [0, 0, 1, 3, 1, 0, 0, 0];
    private static readonly double[] Filter = [-1, 2, -1];

    private static string F3(double x) => x.ToString("F3", CultureInfo.InvariantCulture);

    private static string List(IEnumerable<double> values) =>
        string.Join(", ", values.Select(v => v.ToString(CultureInfo.InvariantCulture)));

    private static double[] Convolve(double[] x) => Enumerable.Range(0, x.Length - Filter.Length + 1)
        .Select(t => Enumerable.Range(0, Filter.Length).Sum(k => Filter[k] * x[t + k])).ToArray();

    [Fact]
    public void A_convolution_is_a_dense_layer_with_shared_weights_and_follows_the_bump()
    {
        int positions = Signal.Length - Filter.Length + 1;
        var banded = Matrix<double>.Build.Dense(Signal.Length, positions,
            (i, t) => i - t >= 0 && i - t < Filter.Length ? Filter[i - t] : 0);
        var layer = new Dense(banded, Matrix<double>.Build.Dense(1, positions));
        Matrix<double> convolved = layer.Forward(Matrix<double>.Build.DenseOfRowArrays(Signal));

        Assert.Equal("-1, -1, 4, -1, -1, 0", List(Convolve(Signal)));
        Assert.Equal(Convolve(Signal), convolved.Row(0).ToArray());
        Assert.Equal("0, 0, -1, -1, 4, -1", List(Convolve([0, 0, 0, 0, 1, 3, 1, 0])));
        Assert.Equal((54, 4), (Signal.Length * positions + positions, Filter.Length + 1));
        Assert.Equal((2340, 10), (64 * 36 + 36, 3 * 3 + 1));
    }

    [Fact]
    public void A_recurrent_step_remembers_the_first_input_three_steps_later()
    {
        var Wx = Matrix<double>.Build.DenseOfArray(new[,] { { 1.0, -0.5 } });
        var Wh = Matrix<double>.Build.DenseOfArray(new[,] { { 0.5, 0.3 }, { -0.4, 0.6 } });
        var b = Matrix<double>.Build.Dense(1, 2);
        Matrix<double> Run(double[] sequence) => sequence.Aggregate(Matrix<double>.Build.Dense(1, 2),
            (h, x) => Activation.Tanh.Apply(x * Wx + h * Wh + b));

        Matrix<double> remembered = Run([1, 0, 0, 0]), zeros = Run([0, 0, 0, 0]);

        Assert.Equal(("0.085", "0.154"), (F3(remembered[0, 0]), F3(remembered[0, 1])));
        Assert.Equal(0, zeros.Enumerate().Max(Math.Abs));
        Assert.Equal(8, Wx.RowCount * Wx.ColumnCount + Wh.RowCount * Wh.ColumnCount + b.ColumnCount);
    }

    [Fact]
    public void Attention_weights_are_a_softmax_of_dot_products_and_each_row_sums_to_one()
    {
        var tokens = Matrix<double>.Build.DenseOfArray(new[,] { { 1.0, 0.0 }, { 0.0, 1.0 }, { 1.0, 1.0 } });
        Matrix<double> attention = Softmax.Apply(tokens * tokens.Transpose() / Math.Sqrt(2));
        Matrix<double> mixed = attention * tokens;

        Assert.Equal("0.248 0.248 0.503", string.Join(" ", attention.Row(2).Select(F3)));
        Assert.Equal("0.401 0.198 0.401", string.Join(" ", attention.Row(0).Select(F3)));
        Assert.Equal(("0.752", "0.752"), (F3(mixed[2, 0]), F3(mixed[2, 1])));
        Assert.All(attention.RowSums(), s => Assert.Equal(1, s, 1e-12));
    }
}
