using NeuralNetworks.Homework;

namespace NeuralNetworks.Tests.Homework;

[Collection("Console")]
public class CheckTests
{
    [Theory]
    [InlineData(0.5, 0.5, 0.0)]
    [InlineData(0.5, 0.5 + 1e-10, 1e-9)]
    [InlineData(1000.0, 1000.0 + 1e-7, 1e-9)]
    public void Close_accepts_values_within_the_tolerance(double expected, double actual, double tolerance) =>
        Check.Close(expected, actual, tolerance, "sigmoid(0)");

    [Fact]
    public void Close_names_what_was_checked_the_expected_and_the_actual_value()
    {
        var error = Assert.Throws<CheckFailedException>(() => Check.Close(0.5, 0.6, 1e-9, "sigmoid(0)"));
        Assert.Contains("sigmoid(0)", error.Message);
        Assert.Contains("expected 0.5", error.Message);
        Assert.Contains("got 0.6", error.Message);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Close_rejects_nan_and_infinity_for_a_finite_expected_value(double actual) =>
        Assert.Throws<CheckFailedException>(() => Check.Close(1.0, actual, 1.0, "loss"));

    [Fact]
    public void Close_rejects_a_negative_tolerance_naming_it()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Check.Close(1, 1, -1, "x"));
        Assert.Contains("tolerance", error.Message);
    }

    [Fact]
    public void Equal_and_True_throw_with_the_values()
    {
        Check.Equal(3, 3, "count");
        Check.True(true, "sorted");
        var equal = Assert.Throws<CheckFailedException>(() => Check.Equal(3, 4, "class count"));
        Assert.Contains("class count: expected 3 but got 4", equal.Message);
        var isTrue = Assert.Throws<CheckFailedException>(() => Check.True(false, "probabilities sum to 1"));
        Assert.Contains("probabilities sum to 1", isTrue.Message);
    }

    [Fact]
    public void MatricesClose_names_a_shape_mismatch()
    {
        var error = Assert.Throws<CheckFailedException>(() =>
            Check.MatricesClose(Matrix<double>.Build.Dense(2, 3), Matrix<double>.Build.Dense(3, 2), 1e-9, "dW1"));
        Assert.Contains("dW1: expected a 2×3 matrix but got 3×2", error.Message);
    }

    [Fact]
    public void MatricesClose_names_the_first_element_that_differs()
    {
        Matrix<double> expected = Matrix<double>.Build.DenseOfArray(new[,] { { 1.0, 2.0 }, { 3.0, 4.0 } });
        Matrix<double> actual = expected.Clone();
        Check.MatricesClose(expected, actual, 0, "same");
        actual[1, 0] = 3.5;
        var error = Assert.Throws<CheckFailedException>(() => Check.MatricesClose(expected, actual, 1e-6, "gradient"));
        Assert.Contains("element [1, 0] should be 3 but is 3.5", error.Message);
    }

    [Fact]
    public void VectorsClose_checks_length_and_elements()
    {
        Vector<double> expected = Vector<double>.Build.DenseOfArray([0.1, 0.2]);
        Check.VectorsClose(expected, expected.Clone(), 0, "same");
        Assert.Contains("length 3", Assert.Throws<CheckFailedException>(() =>
            Check.VectorsClose(expected, Vector<double>.Build.Dense(3), 1e-9, "grad")).Message);
        Assert.Contains("element [1] should be 0.2 but is 0", Assert.Throws<CheckFailedException>(() =>
            Check.VectorsClose(expected, Vector<double>.Build.DenseOfArray([0.1, 0.0]), 1e-9, "grad")).Message);
    }

    [Fact]
    public void Passed_mentions_hidden_checks_and_never_claims_everything_passed()
    {
        string line = Check.PassedLine("sigmoid-values", 2);
        Assert.Equal("✓ sigmoid-values passed (2 points). Hidden checks also run when your work is graded.", line);
        Assert.DoesNotContain("all", line, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("(1 point)", Check.PassedLine("one", 1));
    }

    [Fact]
    public void Passed_prints_its_line()
    {
        var writer = new StringWriter();
        TextWriter original = Console.Out;
        Console.SetOut(writer);
        try
        {
            Check.Passed("relu-values", 3);
        }
        finally
        {
            Console.SetOut(original);
        }
        Assert.Equal(Check.PassedLine("relu-values", 3) + Environment.NewLine, writer.ToString());
    }

    [Fact]
    public void Passed_guards_name_and_points()
    {
        Assert.Contains("name", Assert.Throws<ArgumentException>(() => Check.PassedLine(" ", 1)).Message);
        Assert.Contains("-1 points", Assert.Throws<ArgumentOutOfRangeException>(() => Check.PassedLine("x", -1)).Message);
    }
}
