using MathNet.Numerics.LinearAlgebra;

namespace NeuralNetworks.Layers;

/// <summary>
/// A step of a network (lessons 04, 08) with its forward and backward pass. A batch is a matrix with one example per row.
/// Forward remembers what Backward needs; Backward takes dOut = ∂L/∂(this layer's output), fills the gradients of the
/// layer's parameters and returns ∂L/∂(its input), which is the dOut of the layer before.
/// </summary>
public interface ILayer
{
    Matrix<double> Forward(Matrix<double> X);

    Matrix<double> Backward(Matrix<double> dOut);

    /// <summary>The learnable parameters (none for an activation).</summary>
    IReadOnlyList<Parameter> Parameters { get; }
}
