using MathNet.Numerics.LinearAlgebra;

namespace NeuralNetworks.Layers;

/// <summary>
/// One learnable matrix of a layer, with its gradient beside it: a weight matrix W (in×out)
/// or a bias b (1×out). <see cref="Value"/> and <see cref="Gradient"/> have the same shape.
/// A layer's Backward fills the gradient; only an optimizer's Step (and <see cref="ZeroGrad"/>)
/// changes the value, in place, so every holder of the matrix sees the update.
/// </summary>
public sealed class Parameter
{
    public Parameter(string name, Matrix<double> value, bool isBias = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
        Value = value;
        Gradient = Matrix<double>.Build.Dense(value.RowCount, value.ColumnCount);
        IsBias = isBias;
    }

    /// <summary>The name used in the lessons: "W1", "b1", "W2", ….</summary>
    public string Name { get; }

    public Matrix<double> Value { get; }

    /// <summary>∂L/∂Value, filled by the owning layer's Backward.</summary>
    public Matrix<double> Gradient { get; }

    /// <summary>True for a bias: weight decay (L2) leaves biases alone.</summary>
    public bool IsBias { get; }

    public int RowCount => Value.RowCount;

    public int ColumnCount => Value.ColumnCount;

    /// <summary>Sets every element of the gradient to 0.</summary>
    public void ZeroGrad() => Gradient.Clear();

    public override string ToString() => $"{Name} ({RowCount}×{ColumnCount})";
}
