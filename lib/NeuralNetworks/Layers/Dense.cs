using MathNet.Numerics.LinearAlgebra;

namespace NeuralNetworks.Layers;

/// <summary>
/// The fully connected layer (also called Affine in the lessons and in ゼロから作るDeep Learning):
/// forward U = X·W + b, with X: N×in, W: in×out, b: 1×out added to every row, U: N×out.
/// backward, given dOut = ∂L/∂U (N×out): dW = Xᵀ·dOut (in×out), db = column sums of dOut (1×out),
/// dX = dOut·Wᵀ (N×in). For one example (a row x) this is lesson 04's u = Wx + b with W
/// transposed. The products run on the library's fast kernel through MathNet's operators
/// (see Fast/FastLinearAlgebraProvider.cs).
/// </summary>
public sealed class Dense : ILayer
{
    private Matrix<double>? X;

    /// <summary>
    /// A layer with the given weights (in×out) and bias (1×out), e.g. lesson 04's
    /// hand-built network.
    /// </summary>
    public Dense(Matrix<double> weights, Matrix<double> bias, int index = 1)
    {
        if (bias.RowCount != 1 || bias.ColumnCount != weights.ColumnCount)
            throw new ArgumentException(
                $"W is {weights.RowCount}×{weights.ColumnCount} " +
                $"so b must be 1×{weights.ColumnCount}, " +
                $"but it is {bias.RowCount}×{bias.ColumnCount}.", nameof(bias));
        Weights = new Parameter($"W{index}", weights);
        Bias = new Parameter($"b{index}", bias, isBias: true);
    }

    /// <summary>
    /// A layer with weights drawn by <paramref name="initialization"/> from
    /// <paramref name="random"/> and zero biases.
    /// </summary>
    public Dense(int inputs, int outputs, Initialization initialization, Random random,
        int index = 1)
        : this(initialization.Weights(inputs, outputs, random),
            Matrix<double>.Build.Dense(1, outputs), index)
    {
    }

    /// <summary>W, in×out.</summary>
    public Parameter Weights { get; }

    /// <summary>b, 1×out.</summary>
    public Parameter Bias { get; }

    public int InputCount => Weights.RowCount;

    public int OutputCount => Weights.ColumnCount;

    public IReadOnlyList<Parameter> Parameters => [Weights, Bias];

    /// <summary>U = X·W + b; the same in training and in prediction.</summary>
    public Matrix<double> Forward(Matrix<double> X, bool training = false)
    {
        if (X.ColumnCount != InputCount)
            throw new ArgumentException(
                $"X is {X.RowCount}×{X.ColumnCount} but W is {InputCount}×{OutputCount}: " +
                $"X needs {InputCount} columns.", nameof(X));
        this.X = X;
        Matrix<double> b = Bias.Value;
        Matrix<double> U = X * Weights.Value;
        U.MapIndexedInplace((n, j, u) => u + b[0, j]);
        return U;
    }

    public Matrix<double> Backward(Matrix<double> dOut)
    {
        Matrix<double> X = this.X
            ?? throw new InvalidOperationException("Call Forward before Backward.");
        if (dOut.RowCount != X.RowCount || dOut.ColumnCount != OutputCount)
            throw new ArgumentException(
                $"dOut is {dOut.RowCount}×{dOut.ColumnCount} " +
                $"but the output was {X.RowCount}×{OutputCount}.", nameof(dOut));
        X.TransposeThisAndMultiply(dOut, Weights.Gradient);
        Bias.Gradient.SetRow(0, dOut.ColumnSums());
        return dOut.TransposeAndMultiply(Weights.Value);
    }

    public override string ToString() => $"Dense({InputCount}→{OutputCount})";
}
