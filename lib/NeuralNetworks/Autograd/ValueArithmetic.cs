using NeuralNetworks.Fast;

namespace NeuralNetworks.Autograd;

public sealed partial class Value
{
    /// <summary>a + b; ∂/∂a = 1, ∂/∂b = 1.</summary>
    public static Value operator +(Value a, Value b) =>
        new(a.Data + b.Data, "+", [a, b], [1, 1]);

    /// <summary>a − b; ∂/∂a = 1, ∂/∂b = −1.</summary>
    public static Value operator -(Value a, Value b) =>
        new(a.Data - b.Data, "−", [a, b], [1, -1]);

    /// <summary>a · b; ∂/∂a = b, ∂/∂b = a.</summary>
    public static Value operator *(Value a, Value b) =>
        new(a.Data * b.Data, "×", [a, b], [b.Data, a.Data]);

    /// <summary>a / b; ∂/∂a = 1/b, ∂/∂b = −a/b².</summary>
    public static Value operator /(Value a, Value b) =>
        new(a.Data / b.Data, "÷", [a, b], [1 / b.Data, -a.Data / (b.Data * b.Data)]);

    /// <summary>−a; ∂/∂a = −1.</summary>
    public static Value operator -(Value a) =>
        new(-a.Data, "neg", [a], [-1]);

    /// <summary>xⁿ for a constant n; ∂/∂x = n·xⁿ⁻¹.</summary>
    public Value Pow(double n) =>
        new(PortableMath.Pow(Data, n), FormattableString.Invariant($"^{n}"),
            [this], [n * PortableMath.Pow(Data, n - 1)]);

    // Mixed with plain numbers: a double on either side becomes a constant input
    // (the implicit conversion).
    public static Value operator +(Value a, double b) => a + new Value(b);

    public static Value operator +(double a, Value b) => new Value(a) + b;

    public static Value operator -(Value a, double b) => a - new Value(b);

    public static Value operator -(double a, Value b) => new Value(a) - b;

    public static Value operator *(Value a, double b) => a * new Value(b);

    public static Value operator *(double a, Value b) => new Value(a) * b;

    public static Value operator /(Value a, double b) => a / new Value(b);

    public static Value operator /(double a, Value b) => new Value(a) / b;
}
