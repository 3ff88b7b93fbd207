using System.Globalization;

namespace NeuralNetworks.Linearity;

/// <summary>The two laws of a linear function (lesson 03).</summary>
public enum LinearityLaw
{
    /// <summary>f(x + y) = f(x) + f(y).</summary>
    Additivity,

    /// <summary>f(a·x) = a·f(x).</summary>
    Homogeneity,
}

/// <summary>
/// The outcome of <see cref="LinearityCheck.Check"/>: linear on the sample points,
/// or the first counterexample.
/// </summary>
public sealed record LinearityResult(LinearityCounterexample? Counterexample)
{
    public bool IsLinear => Counterexample is null;

    public override string ToString() => IsLinear
        ? "Both laws hold on every sample pair (consistent with a linear function)."
        : $"Not linear: {Counterexample}";
}

/// <summary>
/// A pair of numbers that breaks a law. Additivity: First = x, Second = y, Left = f(x + y),
/// FirstValue = f(x), SecondValue = f(y), Right = f(x) + f(y). Homogeneity: First = a, Second = x,
/// Left = f(a·x), SecondValue = f(x), Right = a·f(x), FirstValue unused (NaN).
/// </summary>
public sealed record LinearityCounterexample(
    LinearityLaw Law, double First, double Second, double Left,
    double FirstValue, double SecondValue, double Right)
{
    /// <summary>For example <c>f(2 + (-3)) = 0 but f(2) + f(-3) = 2</c>.</summary>
    public override string ToString() => Law == LinearityLaw.Additivity
        ? $"f({N(First)} + {P(Second)}) = {N(Left)} but f({N(First)}) + f({N(Second)}) = {N(Right)}"
        : $"f({N(First)} · {P(Second)}) = {N(Left)} but {N(First)} · f({N(Second)}) = {N(Right)}";

    private static string N(double v) => v.ToString("G6", CultureInfo.InvariantCulture);

    private static string P(double v) => v < 0 ? $"({N(v)})" : N(v);
}
