using MathNet.Numerics.LinearAlgebra;

namespace NeuralNetworks.Layers;

/// <summary>
/// A shortcut (residual) connection around a few layers (lesson 10; HN410 2022 lists it, as in
/// ResNet, among the cures for vanishing gradients): the block's input skips the layers and
/// is added to their output, forward Z = X + F(X), where F applies the inner layers in order;
/// backward dX = dOut + F′ᵀ(dOut), where F′ᵀ(dOut) is the inner layers' backward pass. The "+
/// dOut" reaches X unchanged, however small the inner layers make their part. Shapes: X, F(X), Z,
/// dOut and dX are all N×k, so F must keep the width (e.g. Dense(16→16) and an activation).
/// </summary>
public sealed class Residual : ILayer
{
    private readonly List<ILayer> inner;

    /// <summary>
    /// A block around <paramref name="layers"/>, e.g.
    /// <c>new Residual(new Dense(…16, 16…), new ActivationLayer(f))</c>.
    /// </summary>
    public Residual(params ILayer[] layers)
    {
        if (layers.Length == 0)
            throw new ArgumentException(
                "A residual block needs at least one inner layer, such as a Dense layer.",
                nameof(layers));
        inner = [.. layers];
    }

    /// <summary>The layers the shortcut skips, in order.</summary>
    public IReadOnlyList<ILayer> Inner => inner;

    public IReadOnlyList<Parameter> Parameters =>
        inner.SelectMany(layer => layer.Parameters).ToList();

    /// <summary>
    /// The inner layers get the same <paramref name="training"/> mode, so a Dropout inside
    /// drops only while learning.
    /// </summary>
    public Matrix<double> Forward(Matrix<double> X, bool training = false)
    {
        Matrix<double> F = X;
        foreach (ILayer layer in inner)
            F = layer.Forward(F, training);
        if (F.RowCount != X.RowCount || F.ColumnCount != X.ColumnCount)
            throw new ArgumentException(
                $"The inner layers turn {X.RowCount}×{X.ColumnCount} " +
                $"into {F.RowCount}×{F.ColumnCount}: " +
                $"a shortcut adds X to their output, so they must keep {X.ColumnCount} columns.",
                nameof(X));
        return X + F;
    }

    public Matrix<double> Backward(Matrix<double> dOut)
    {
        Matrix<double> dF = dOut;
        for (int i = inner.Count - 1; i >= 0; i--)
            dF = inner[i].Backward(dF);
        return dOut + dF;
    }

    public override string ToString() => $"Residual({string.Join(" ", inner)})";
}
