using MathNet.Numerics.LinearAlgebra;

namespace NeuralNetworks.Layers;

/// <summary>
/// The last step of a network: an output activation and a loss computed together (lesson 08),
/// because together their gradient with respect to the scores U is simple: (Y − T)/N for every kind
/// here. U, Y, T and dU are N×k.
/// </summary>
public interface IOutputLayer
{
    /// <summary>Y, the outputs for prediction (probabilities or values).</summary>
    Matrix<double> Predict(Matrix<double> U);

    /// <summary>
    /// The loss of scores U against targets T; remembers Y and T for <see cref="Backward"/>.
    /// </summary>
    double Loss(Matrix<double> U, Matrix<double> T);

    /// <summary>dU = ∂L/∂U for the last call of <see cref="Loss"/>.</summary>
    Matrix<double> Backward();
}
