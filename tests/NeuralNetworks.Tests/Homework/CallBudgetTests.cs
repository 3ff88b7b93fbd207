using NeuralNetworks.Homework;

namespace NeuralNetworks.Tests.Homework;

public class CallBudgetTests
{
    [Fact]
    public void The_budgeted_function_gives_f_for_as_many_calls_as_allowed_then_fails_naming_what()
    {
        var square = CallBudget.Limit(u => u * u, calls: 3, "f");
        Assert.Equal([4.0, 9.0, 0.25], new[] { square(2), square(-3), square(0.5) });
        var error = Assert.Throws<CheckFailedException>(() => square(1));
        Assert.Equal("f was called more than 3 times, more than this check allows.", error.Message);
        Assert.Throws<CheckFailedException>(() => square(1));
    }

    /// <summary>Homework 08's forward pass maps a 5×4 weighted input once: exactly 20 calls, and a second map fails.</summary>
    [Fact]
    public void One_map_over_a_batch_uses_one_call_per_element_and_a_second_runs_out()
    {
        var U = Matrix<double>.Build.Dense(5, 4, (i, j) => i - j);
        var f = CallBudget.Limit(Math.Tanh, calls: 5 * 4, "f");
        Assert.Equal(U.Map(Math.Tanh), U.Map(f));
        Assert.Throws<CheckFailedException>(() => U.Map(f));
    }

    /// <summary>MathNet maps a large matrix on several cores: the count must not lose calls to a race.</summary>
    [Fact]
    public void Calls_from_several_threads_are_all_counted()
    {
        var U = Matrix<double>.Build.Dense(300, 300, (i, j) => i + j);
        var f = CallBudget.Limit(u => u, calls: 300 * 300, "f");
        Parallel.For(0, 300 * 300, i => f(i));
        Assert.Throws<CheckFailedException>(() => f(0));
        var short1 = Record.Exception(() => U.Map(CallBudget.Limit(u => u, calls: 300 * 300 - 1, "f")));
        Assert.Contains("f was called more than 89999 times", short1?.ToString());
    }

    [Fact]
    public void A_budget_below_one_call_is_the_checks_mistake() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => CallBudget.Limit(u => u, calls: 0, "f"));
}
