using MathNet.Numerics.LinearAlgebra;

namespace NeuralNetworks.Activations;

/// <summary>
/// An activation function f, applied to every element of a layer's weighted input u, together with
/// its derivative f′ (lesson 02). z = f(u) goes forward; backward multiplies the incoming gradient
/// by f′(u). Each function lives in its own file (Step.cs, Sigmoid.cs, …) with its value and its
/// derivative side by side. Softmax mixes the elements of a row, so it is not an element-wise
/// activation: see <see cref="Softmax"/>.
/// </summary>
public sealed partial class Activation
{
    private readonly Func<double, double> function;
    private readonly Func<double, double> derivative;

    private Activation(string name, string usualLayer, string outputRange,
        Func<double, double> function, Func<double, double> derivative)
    {
        Name = name;
        UsualLayer = usualLayer;
        OutputRange = outputRange;
        this.function = function;
        this.derivative = derivative;
    }

    /// <summary>The name used in the lessons, e.g. "ReLU".</summary>
    public string Name { get; }

    /// <summary>Where the function is usually used: hidden layer, output layer, or both.</summary>
    public string UsualLayer { get; }

    /// <summary>The set of values f can take, e.g. "(0, 1)".</summary>
    public string OutputRange { get; }

    /// <summary>f(u).</summary>
    public double Apply(double u) => function(u);

    /// <summary>f′(u).</summary>
    public double Derivative(double u) => derivative(u);

    /// <summary>f applied to every element.</summary>
    public Vector<double> Apply(Vector<double> u) => u.Map(function);

    /// <summary>f applied to every element of a batch (N×k, one example per row).</summary>
    public Matrix<double> Apply(Matrix<double> u) => u.Map(function);

    /// <summary>f′ applied to every element.</summary>
    public Vector<double> Derivative(Vector<double> u) => u.Map(derivative);

    /// <summary>f′ applied to every element of a batch (N×k).</summary>
    public Matrix<double> Derivative(Matrix<double> u) => u.Map(derivative);

    /// <summary>
    /// The element-wise activations the lessons use, in the order lesson 02 shows them.
    /// </summary>
    public static IReadOnlyList<Activation> All =>
        [Step, Sigmoid, Tanh, ReLU, LeakyReLU(), Identity];

    public override string ToString() => Name;
}
