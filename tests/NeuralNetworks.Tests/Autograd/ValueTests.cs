using NeuralNetworks.Autograd;
using NeuralNetworks.Calculus;

namespace NeuralNetworks.Tests.Autograd;

public class ValueTests
{
    [Fact]
    public void MicrogradSanityCheckByHand()
    {
        // micrograd's test_sanity_check. By hand at x = −4: z = 2x + 2 + x = −10, q = ReLU(z) + z·x = 40,
        // h = ReLU(z²) = 100, y = h + q + q·x = −20. dz/dx = 3, dq/dx = 3x + z = −22, dh/dx = 2z·3 = −60,
        // dy/dx = dh/dx + dq/dx + (dq/dx)·x + q = −60 − 22 + 88 + 40 = 46.
        var x = new Value(-4, "x");
        Value z = 2 * x + 2 + x;
        Value q = z.ReLU() + z * x;
        Value h = (z * z).ReLU();
        Value y = h + q + q * x;

        y.Backward();

        Assert.Equal(-20, y.Data);
        Assert.Equal(46, x.Grad);
        Assert.Equal("Value(data=-4, grad=46)", x.ToString());
        Assert.Equal("Value(data=-20, grad=1)", y.ToString());
    }

    [Fact]
    public void MicrogradMoreOpsMatchesPyTorchAndTheNumericalGradient()
    {
        // micrograd's test_more_ops; its README gives g = 24.7041, ∂g/∂a = 138.8338, ∂g/∂b = 645.5773 (checked against PyTorch).
        var a = new Value(-4, "a");
        var b = new Value(2, "b");
        Value g = MoreOps(a, b);
        g.Backward();

        Assert.Equal(24.7041, g.Data, 4);
        Assert.Equal(138.8338, a.Grad, 4);
        Assert.Equal(645.5773, b.Grad, 4);
        GradientAssert.Close(NumericalDerivative.Central(t => MoreOps(new Value(t), new Value(2)).Data, -4), a.Grad, 1e-7, "∂g/∂a");
        GradientAssert.Close(NumericalDerivative.Central(t => MoreOps(new Value(-4), new Value(t)).Data, 2), b.Grad, 1e-7, "∂g/∂b");
    }

    private static Value MoreOps(Value a, Value b)
    {
        Value c = a + b;
        Value d = a * b + b.Pow(3);
        c = c + c + 1;
        c = c + 1 + c + (-a);
        d = d + d * 2 + (b + a).ReLU();
        d = d + 3 * d + (b - a).ReLU();
        Value e = c - d;
        Value f = e.Pow(2);
        Value g = f / 2.0;
        return g + 10.0 / f;
    }

    [Fact]
    public void AValueUsedTwiceGetsBothContributions()
    {
        var a = new Value(3, "a");
        Value b = a + a; // db/da = 2, not 1
        b.Backward();
        Assert.Equal(2, a.Grad);

        var x = new Value(3);
        Value y = x * x; // dy/dx = 2x = 6
        y.Backward();
        Assert.Equal(6, x.Grad);
    }

    [Fact]
    public void BackwardTwiceGivesTheSameGradients()
    {
        var x = new Value(0.5);
        Value y = (x * x).Tanh() + x;
        y.Backward();
        double first = x.Grad;
        y.Backward();

        Assert.Equal(first, x.Grad);
    }

    [Fact]
    public void LogOfANonPositiveNumberIsExplained()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new Value(0).Log());
        Assert.Contains("x > 0 but x = 0", error.Message);
    }

    [Fact]
    public void DeepChainsDoNotOverflowTheStack()
    {
        var x = new Value(1);
        Value sum = x;
        for (int i = 0; i < 100_000; i++) sum = sum + x;
        sum.Backward();

        Assert.Equal(100_001, x.Grad);
    }
}
