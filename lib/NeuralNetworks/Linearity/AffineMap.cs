using MathNet.Numerics.LinearAlgebra;

namespace NeuralNetworks.Linearity;

/// <summary>
/// An affine map u = Wx + b (lesson 03): what one layer computes before its activation,
/// for a single example x written as a column (W: out×in, x: in, b: out). Two of them
/// in a row are still one:
/// W₂(W₁x + b₁) + b₂ = (W₂W₁)x + (W₂b₁ + b₂). That is why a network without non-linear activations,
/// however deep, can only draw straight boundaries.
/// </summary>
public sealed record AffineMap
{
    public AffineMap(Matrix<double> W, Vector<double> b)
    {
        if (b.Count != W.RowCount)
            throw new ArgumentException(
                $"W is {Shape(W)} but b has {b.Count} elements: " +
                $"b needs {W.RowCount}, one per row of W.", nameof(b));
        this.W = W;
        B = b;
    }

    /// <summary>W, out×in.</summary>
    public Matrix<double> W { get; init; }

    /// <summary>b, the bias, one element per output.</summary>
    public Vector<double> B { get; init; }

    public int InputCount => W.ColumnCount;

    public int OutputCount => W.RowCount;

    /// <summary>u = Wx + b.</summary>
    public Vector<double> Apply(Vector<double> x)
    {
        if (x.Count != W.ColumnCount)
            throw new ArgumentException(
                $"W is {Shape(W)} but x has {x.Count} elements: x needs {W.ColumnCount}.",
                nameof(x));
        return W * x + B;
    }

    /// <summary>
    /// This map followed by <paramref name="next"/>, as one map: W = W₂W₁, b = W₂b₁ + b₂,
    /// so that result.Apply(x) = next.Apply(Apply(x)).
    /// </summary>
    public AffineMap Then(AffineMap next)
    {
        if (next.W.ColumnCount != W.RowCount)
            throw new ArgumentException(
                $"This map's W is {Shape(W)} (gives {W.RowCount} outputs) " +
                $"but the next W is {Shape(next.W)} (takes {next.W.ColumnCount}): " +
                $"the next W needs {W.RowCount} columns.", nameof(next));
        return new AffineMap(next.W * W, next.W * B + next.B);
    }

    public override string ToString() => $"AffineMap({InputCount}→{OutputCount})";

    private static string Shape(Matrix<double> m) => $"{m.RowCount}×{m.ColumnCount}";
}
