using NeuralNetworks.Fast;

namespace NeuralNetworks.Tests.Fast;

/// <summary>
/// The vectorised eˣ (x ≤ 0) of the softmax kernel against Math.Exp: within 2 ulps (relative 4.5e-16) from 0 down to
/// −708, exactly 1 at 0, 0 below −708; and the same bits whatever the length of the run (full registers or the tail).
/// </summary>
[Trait("Category", "Kernel")]
public class VectorExpTests
{
    private static double[] Exp(double[] x)
    {
        var e = new double[x.Length];
        VectorExp.ExpOfDifference(x, new double[x.Length], e);
        return e;
    }

    [Fact]
    public void Agrees_with_Math_Exp_to_two_ulps_from_0_down_to_minus_708()
    {
        var rng = new Random(5);
        double[] x = Enumerable.Range(0, 20_000).Select(i => i < 10_000 ? -708.0 * rng.NextDouble() : -5.0 * rng.NextDouble())
            .Concat([0.0, -1e-300, -0.5 * Math.Log(2), -Math.Log(2), -1.0, -700.0, -708.0]).ToArray();
        double[] e = Exp(x);
        for (int i = 0; i < x.Length; i++)
        {
            double expected = Math.Exp(x[i]), error = Math.Abs(e[i] - expected) / expected;
            Assert.True(error <= 4.5e-16, $"e^{x[i]:R}: {e[i]:R}, Math.Exp {expected:R}, relative error {error:G3}");
        }
        Assert.Equal(1.0, Exp([0.0])[0]);
    }

    [Fact]
    public void Is_0_below_minus_708_and_each_element_is_the_same_in_a_register_and_in_the_tail()
    {
        Assert.Equal([0.0, 0.0, 0.0], Exp([-708.5, -1000.0, double.NegativeInfinity]));
        double[] x = Enumerable.Range(0, 37).Select(i => -0.37 * i).ToArray();
        double[] all = Exp(x);
        for (int n = 1; n <= x.Length; n++)
            Assert.Equal(all[..n], Exp(x[..n]));
    }

    [Fact]
    public void Subtracts_the_shift_first()
    {
        var e = new double[3];
        VectorExp.ExpOfDifference([1.0, 2.0, 3.0], [1.0, 3.0, 5.0], e);
        Assert.Equal([1.0, Math.Exp(-1.0), Math.Exp(-2.0)], e, (a, b) => Math.Abs(a - b) <= 4.5e-16 * b);
    }
}
