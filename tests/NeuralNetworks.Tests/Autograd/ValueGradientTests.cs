using NeuralNetworks.Autograd;
using NeuralNetworks.Calculus;

namespace NeuralNetworks.Tests.Autograd;

/// <summary>Every operation's local derivative, through Backward, against the central difference (relative error ≤ 1e-7).</summary>
public class ValueGradientTests
{
    public static TheoryData<string, Func<Value, Value>, double[]> UnaryOps => new()
    {
        { "exp", v => v.Exp(), [-2, -0.3, 0, 1.7] },
        { "log", v => v.Log(), [0.2, 1, 3.5] },
        { "tanh", v => v.Tanh(), [-2, -0.3, 0, 1.7] },
        { "sigmoid", v => v.Sigmoid(), [-2, -0.3, 0, 1.7] },
        { "relu", v => v.ReLU(), [-2, -0.3, 0.4, 1.7] },
        { "neg", v => -v, [-2, 0, 1.7] },
        { "pow 3", v => v.Pow(3), [-2, -0.3, 1.7] },
        { "pow −0.5", v => v.Pow(-0.5), [0.3, 1.7] },
        { "+ 3", v => v + 3, [-2, 1.7] },
        { "3 −", v => 3 - v, [-2, 1.7] },
        { "× 3", v => v * 3, [-2, 1.7] },
        { "3 ÷", v => 3 / v, [-2, 1.7] },
    };

    [Theory]
    [MemberData(nameof(UnaryOps))]
    public void EachOperationsGradientMatchesTheCentralDifference(string name, Func<Value, Value> op, double[] points)
    {
        foreach (double p in points)
        {
            var x = new Value(p);
            Value y = op(x);
            y.Backward();

            GradientAssert.Close(NumericalDerivative.Central(t => op(new Value(t)).Data, p), x.Grad, 1e-7, $"{name} at {p}");
        }
    }

    public static TheoryData<string, Func<Value, Value, Value>> BinaryOps => new()
    {
        { "+", (a, b) => a + b },
        { "−", (a, b) => a - b },
        { "×", (a, b) => a * b },
        { "÷", (a, b) => a / b },
    };

    [Theory]
    [MemberData(nameof(BinaryOps))]
    public void EachBinaryOperationsGradientsMatchTheCentralDifference(string name, Func<Value, Value, Value> op)
    {
        const double a0 = 1.3, b0 = -0.7;
        var a = new Value(a0);
        var b = new Value(b0);
        op(a, b).Backward();

        GradientAssert.Close(NumericalDerivative.Central(t => op(new Value(t), new Value(b0)).Data, a0), a.Grad, 1e-7, $"∂({name})/∂a");
        GradientAssert.Close(NumericalDerivative.Central(t => op(new Value(a0), new Value(t)).Data, b0), b.Grad, 1e-7, $"∂({name})/∂b");
    }
}
