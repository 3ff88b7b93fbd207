using MathNet.Numerics.LinearAlgebra;

namespace NeuralNetworks.Layers;

/// <summary>
/// One layer's output in a traced forward pass (lesson 04 prints every intermediate value).
/// </summary>
public sealed record LayerOutput(string Layer, Matrix<double> Value)
{
    public override string ToString() => $"{Layer}:{Environment.NewLine}{Value.ToMatrixString()}";
}

public sealed partial class Network
{
    /// <summary>
    /// Y, the outputs after the output activation (probabilities or values), N×out.
    /// Every layer in prediction mode.
    /// </summary>
    public Matrix<double> Predict(Matrix<double> X) => Output.Predict(Forward(X, training: false));

    /// <summary>
    /// Runs the forward pass and returns the loss of X (N×in) against targets T (N×out),
    /// remembering what <see cref="Backward"/> needs. With <paramref name="training"/> true,
    /// dropout layers drop elements and batch normalisation uses the batch's statistics.
    /// </summary>
    public double Loss(Matrix<double> X, Matrix<double> T, bool training = false)
    {
        if (T.RowCount != X.RowCount || T.ColumnCount != OutputCount)
            throw new ArgumentException(
                $"X is {X.RowCount}×{X.ColumnCount} so T must be {X.RowCount}×{OutputCount}, " +
                $"but it is {T.RowCount}×{T.ColumnCount}.", nameof(T));
        return Output.Loss(Forward(X, training), T);
    }

    /// <summary>
    /// Backpropagation: fills every parameter's gradient for the last <see cref="Loss"/>
    /// and returns ∂L/∂X.
    /// </summary>
    public Matrix<double> Backward()
    {
        Matrix<double> d = Output.Backward();
        for (int i = Layers.Count - 1; i >= 0; i--)
            d = Layers[i].Backward(d);
        return d;
    }

    /// <summary>
    /// Every intermediate value of a prediction: the input, each layer's output,
    /// and the prediction.
    /// </summary>
    public IReadOnlyList<LayerOutput> Trace(Matrix<double> X)
    {
        var trace = new List<LayerOutput> { new("input", X) };
        Matrix<double> Z = X;
        foreach (ILayer layer in Layers)
        {
            Z = layer.Forward(Z, training: false);
            trace.Add(new(layer.ToString() ?? "layer", Z));
        }
        trace.Add(new(Output.ToString() ?? "output", Output.Predict(Z)));
        return trace;
    }

    private Matrix<double> Forward(Matrix<double> X, bool training)
    {
        if (X.ColumnCount != InputCount)
            throw new ArgumentException(
                $"X is {X.RowCount}×{X.ColumnCount} but the network takes {InputCount} inputs: " +
                $"X needs {InputCount} columns.", nameof(X));
        Matrix<double> Z = X;
        foreach (ILayer layer in Layers)
            Z = layer.Forward(Z, training);
        return Z;
    }
}
