using MathNet.Numerics.LinearAlgebra;
using NeuralNetworks.Exercises;

namespace NeuralNetworks.Tests.Exercises;

[Collection("Console")]
public class SelfCheckTests
{
    private static (bool Result, string Printed) Capture(Func<bool> check)
    {
        var saved = Console.Out;
        var writer = new StringWriter();
        Console.SetOut(writer);
        try
        {
            return (check(), writer.ToString().TrimEnd());
        }
        finally
        {
            Console.SetOut(saved);
        }
    }

    [Fact]
    public void A_right_answer_prints_a_tick_with_the_value()
    {
        var (ok, printed) = Capture(() => SelfCheck.Close("the slope at x = 3", 6.0, 6.0 + 1e-12, 1e-9));
        Assert.True(ok);
        Assert.Equal("✓ the slope at x = 3: 6", printed);
    }

    [Fact]
    public void A_wrong_answer_prints_what_came_back_and_what_was_expected_without_throwing()
    {
        var (ok, printed) = Capture(() => SelfCheck.Close("the slope at x = 3", 6.0, 5.0));
        Assert.False(ok);
        Assert.StartsWith("✗ the slope at x = 3: expected 6 but got 5", printed);
    }

    [Fact]
    public void The_nan_placeholder_is_named_as_a_placeholder()
    {
        var (ok, printed) = Capture(() => SelfCheck.Close("u", -0.2, double.NaN));
        Assert.False(ok);
        Assert.Contains("still the placeholder", printed);
    }

    [Fact]
    public void Vectors_matrices_equality_and_conditions_report_the_same_way()
    {
        var v = Vector<double>.Build.DenseOfArray([1.0, 2.0]);
        Assert.Equal("✓ ∇f: [1, 2]", Capture(() => SelfCheck.VectorsClose("∇f", v, v.Clone())).Printed);
        Assert.Contains("element [1] should be 2 but is 3", Capture(() => SelfCheck.VectorsClose("∇f", v, Vector<double>.Build.DenseOfArray([1.0, 3.0]))).Printed);
        Assert.Contains("still the placeholder", Capture(() => SelfCheck.VectorsClose("∇f", v, null)).Printed);
        var m = Matrix<double>.Build.Dense(2, 3, 1.0);
        Assert.Equal("✓ W: a 2×3 matrix", Capture(() => SelfCheck.MatricesClose("W", m, m.Clone())).Printed);
        Assert.Contains("expected a 2×3 matrix but got 3×2", Capture(() => SelfCheck.MatricesClose("W", m, m.Transpose())).Printed);
        Assert.Equal("✓ the label: 2", Capture(() => SelfCheck.Equal("the label", 2, 2)).Printed);
        Assert.False(Capture(() => SelfCheck.True("separable", false)).Result);
    }
}
