using MathNet.Numerics.LinearAlgebra;
using NeuralNetworks.Activations;

namespace NeuralNetworks.Layers;

/// <summary>
/// An element-wise activation f as a layer (lessons 02, 08): forward Z = f(U); backward dU = dZ ⊙ f′(U)
/// (⊙: element by element). Shapes: U, Z, dZ and dU are all N×k.
/// </summary>
public sealed class ActivationLayer(Activation activation) : ILayer
{
    private Matrix<double>? U;

    public Activation Activation { get; } = activation;

    public IReadOnlyList<Parameter> Parameters => [];

    public Matrix<double> Forward(Matrix<double> U)
    {
        this.U = U;
        return Activation.Apply(U);
    }

    public Matrix<double> Backward(Matrix<double> dZ)
    {
        Matrix<double> U = this.U ?? throw new InvalidOperationException("Call Forward before Backward.");
        if (dZ.RowCount != U.RowCount || dZ.ColumnCount != U.ColumnCount)
            throw new ArgumentException(
                $"dOut is {dZ.RowCount}×{dZ.ColumnCount} but the activation's input was {U.RowCount}×{U.ColumnCount}.", nameof(dZ));
        return dZ.PointwiseMultiply(Activation.Derivative(U));
    }

    public override string ToString() => Activation.Name;
}
