using NeuralNetworks.Perceptrons;

namespace NeuralNetworks.Tests.Perceptrons;

public class PerceptronTests
{
    private static Vector<double> V(params double[] x) => Vector<double>.Build.DenseOfArray(x);

    [Fact]
    public void WeightedInputIsDotProductPlusBias()
    {
        var p = new Perceptron([2.0, -1.0, 0.5], bias: 0.25);

        Assert.Equal(2 * 1 - 1 * 3 + 0.5 * 4 + 0.25, p.WeightedInput(V(1, 3, 4)));
    }

    [Theory]
    [InlineData(0.3, 1)]
    [InlineData(0.0, 0)] // step(0) = 0
    [InlineData(-0.3, 0)]
    public void PredictIsTheStepOfTheWeightedInput(double bias, int expected)
    {
        Assert.Equal(expected, new Perceptron([1.0], bias).Predict(V(0)));
    }

    [Fact]
    public void PredictOnAMatrixGivesOneAnswerPerRow()
    {
        var X = Matrix<double>.Build.DenseOfArray(new double[,] { { 0, 0 }, { 1, 1 }, { 2, -3 } });

        Assert.Equal([0, 1, 0], new Perceptron([1.0, 1.0], -0.5).Predict(X));
    }

    [Fact]
    public void WeightsAreACopy()
    {
        var w = V(1, 2);
        var p = new Perceptron(w, 0);
        w[0] = 100;

        Assert.Equal(1, p.Weights[0]);
    }

    [Fact]
    public void PrintsWeightsAndBias()
    {
        Assert.Equal("Perceptron(w = [0.5, 0.5], b = -0.7)", new Perceptron([0.5, 0.5], -0.7).ToString());
    }

    [Fact]
    public void BoundaryLineSolvesForX2AndHandlesVerticalLines()
    {
        BoundaryLine line = new Perceptron([0.5, 0.5], -0.7).Boundary;
        BoundaryLine vertical = new Perceptron([2.0, 0.0], -1).Boundary;

        Assert.Equal(1.4 - 0.4, line.X2At(0.4)!.Value, 12);
        Assert.Equal(0.0, new Perceptron([0.5, 0.5], -0.7).WeightedInput(V(0.4, line.X2At(0.4)!.Value)), 12);
        Assert.True(vertical.IsVertical);
        Assert.Null(vertical.X2At(0));
        Assert.Equal(0.5, vertical.X1At(7));
        Assert.Equal(((0.5, -1.0), (0.5, 2.0)), vertical.Segment(-1, 2, -1, 2));
        Assert.Null(new BoundaryLine(0, 0, 1).Segment(0, 1, 0, 1));
    }

    [Fact]
    public void WrongInputSizeIsExplained()
    {
        var p = new Perceptron([1.0, 1.0], 0);

        Assert.Contains("3 elements", Assert.Throws<ArgumentException>(() => p.WeightedInput(V(1, 2, 3))).Message);
        Assert.Contains("X needs 2 columns", Assert.Throws<ArgumentException>(() => p.Predict(Matrix<double>.Build.Dense(2, 3))).Message);
        Assert.Throws<InvalidOperationException>(() => new Perceptron([1.0], 0).Boundary);
    }
}
