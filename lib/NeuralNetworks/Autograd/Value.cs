using System.Globalization;

namespace NeuralNetworks.Autograd;

/// <summary>
/// A number that remembers how it was made (lesson 08), in the style of Karpathy's micrograd:
/// every operation on Values builds a graph whose nodes hold their <see cref="Data"/>,
/// the <see cref="Operation"/> that made them, their <see cref="Inputs"/> and the local derivatives
/// ∂out/∂input. <see cref="Backward"/> then applies the chain rule from the output back to every
/// input: input.Grad += ∂out/∂input · out.Grad.
/// The operations live in ValueArithmetic.cs (+ − × ÷, power) and ValueFunctions.cs
/// (exp, log, tanh, σ, ReLU), each with its local derivative written beside its result.
/// </summary>
public sealed partial class Value
{
    private readonly double[] localDerivatives;

    /// <summary>
    /// An input (a leaf of the graph), optionally named, e.g. <c>new Value(-4, "x")</c>.
    /// </summary>
    public Value(double data, string label = "") : this(data, "", [], [], label) { }

    private Value(double data, string operation, Value[] inputs, double[] localDerivatives,
        string label = "")
    {
        Data = data;
        Operation = operation;
        Inputs = inputs;
        this.localDerivatives = localDerivatives;
        Label = label;
    }

    /// <summary>The number itself, computed on the way forward.</summary>
    public double Data { get; }

    /// <summary>
    /// ∂(output)/∂(this value), filled in by the last <see cref="Backward"/> of an output
    /// that uses this value.
    /// </summary>
    public double Grad { get; private set; }

    /// <summary>An optional name for tables and charts, such as "x" or "w1".</summary>
    public string Label { get; }

    /// <summary>
    /// The operation that produced this value ("+", "×", "tanh", …), or "" for an input.
    /// </summary>
    public string Operation { get; }

    /// <summary>The values this one was computed from (empty for an input).</summary>
    public IReadOnlyList<Value> Inputs { get; }

    /// <summary>∂(this)/∂(Inputs[i]) for each input, evaluated at the forward values.</summary>
    public IReadOnlyList<double> LocalDerivatives => localDerivatives;

    /// <summary>The same value with a name (a new node: the graph is unchanged).</summary>
    public Value Named(string label) => new(Data, Operation, [.. Inputs], localDerivatives, label);

    public static implicit operator Value(double data) => new(data);

    public override string ToString() =>
        $"Value(data={Data.ToString(CultureInfo.InvariantCulture)}, " +
        $"grad={Grad.ToString(CultureInfo.InvariantCulture)})";
}
