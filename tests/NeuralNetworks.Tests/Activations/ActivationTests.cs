using NeuralNetworks.Activations;
using NeuralNetworks.Calculus;

namespace NeuralNetworks.Tests.Activations;

public class ActivationTests
{
    // −4 … 4 in steps of 0.25, without 0: step, ReLU and leaky ReLU have a kink there (checked separately below).
    // Beyond ±4 the derivatives of σ and tanh are so small that rounding in f(u ± h) dominates the central difference.
    private static readonly double[] Points = Enumerable.Range(-16, 33).Where(k => k != 0).Select(k => k * 0.25).ToArray();

    public static TheoryData<string> Names => new(Activation.All.Select(a => a.Name));

    private static Activation ByName(string name) => Activation.All.Single(a => a.Name == name);

    [Theory]
    [MemberData(nameof(Names))]
    public void DerivativeMatchesTheCentralDifference(string name)
    {
        Activation f = ByName(name);
        foreach (double u in Points)
            GradientAssert.Close(NumericalDerivative.Central(f.Apply, u), f.Derivative(u), 1e-7, $"{name}′({u})");
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void VectorAndMatrixFormsApplyElementByElement(string name)
    {
        Activation f = ByName(name);
        Matrix<double> U = Matrix<double>.Build.Dense(2, 3, (i, j) => (i - 0.5) * (j - 1.3));

        Assert.Equal(U.Map(f.Apply), f.Apply(U));
        Assert.Equal(U.Map(f.Derivative), f.Derivative(U));
        Assert.Equal(U.Row(1).Map(f.Apply), f.Apply(U.Row(1)));
        Assert.Equal(U.Row(1).Map(f.Derivative), f.Derivative(U.Row(1)));
    }

    [Fact]
    public void ConventionsAtTheKink()
    {
        Assert.Equal((0.0, 0.0), (Activation.Step.Apply(0), Activation.Step.Derivative(0)));
        Assert.Equal((0.0, 0.0), (Activation.ReLU.Apply(0), Activation.ReLU.Derivative(0)));
        Assert.Equal((0.0, 0.03), (Activation.LeakyReLU(0.03).Apply(0), Activation.LeakyReLU(0.03).Derivative(0)));
    }

    [Fact]
    public void KnownValues()
    {
        Assert.Equal(0.5, Activation.Sigmoid.Apply(0));
        Assert.Equal(0.25, Activation.Sigmoid.Derivative(0));
        Assert.Equal(1.0, Activation.Tanh.Derivative(0));
        Assert.Equal(-0.06, Activation.LeakyReLU(0.03).Apply(-2), 15);
        Assert.Equal(1.0, Activation.Step.Apply(1e-9));
        Assert.Equal(2 * Activation.Sigmoid.Apply(2 * 0.7) - 1, Activation.Tanh.Apply(0.7), 14);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(-0.1)]
    [InlineData(double.NaN)]
    public void LeakySlopeOutsideZeroOneIsRejected(double slope)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Activation.LeakyReLU(slope));

        Assert.Equal("slope", error.ParamName);
        Assert.Contains("0.01 is usual", error.Message);
    }

    [Fact]
    public void DescriptionTableHasEveryActivationThenSoftmax()
    {
        IReadOnlyList<ActivationDescription> table = ActivationDescription.Table;

        Assert.Equal(["Step", "Sigmoid", "Tanh", "ReLU", "Leaky ReLU (a = 0.01)", "Identity", "Softmax"], table.Select(r => r.Name));
        Assert.Equal("(0, 1)", table[1].OutputRange);
        Assert.Equal("[0, ∞)", table[3].OutputRange);
        Assert.All(table, r => Assert.False(string.IsNullOrWhiteSpace(r.UsualLayer)));
    }
}
