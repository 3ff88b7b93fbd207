using MathNet.Numerics.LinearAlgebra;

namespace NeuralNetworks.Layers;

/// <summary>
/// A step of a network (lessons 04, 08) with its forward and backward pass; a batch is a matrix
/// with one example per row. What a layer promises (Dense.cs is the example to follow):
/// <list type="bullet">
/// <item><c>Forward(X, training)</c> returns the output for the batch X (N×in → N×out)
/// and remembers what Backward needs. <c>training</c> is true while the network learns
/// (<c>Network.Loss(X, T, training: true)</c>, which Trainer.Fit calls) and false for prediction
/// (Predict, Trace, Loss). Most layers compute the same either way; Dropout and BatchNormalization
/// do not, and they take the mode from this argument only, so no earlier call can leave one in the
/// wrong mode. A layer made of layers passes it on.</item>
/// <item><c>Backward(dOut)</c> takes dOut = ∂L/∂(the output of the last Forward), N×out,
/// sets the gradient of each of its parameters (overwriting the last one) and returns ∂L/∂X, N×in,
/// which is the dOut of the layer before.</item>
/// <item><c>Parameters</c> lists its learnable matrices, each with its gradient beside it
/// (none for an activation); only an optimizer changes their values.</item>
/// </list>
/// </summary>
public interface ILayer
{
    Matrix<double> Forward(Matrix<double> X, bool training = false);

    Matrix<double> Backward(Matrix<double> dOut);

    IReadOnlyList<Parameter> Parameters { get; }
}
