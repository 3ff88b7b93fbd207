using NeuralNetworks.Activations;
using NeuralNetworks.Charts;

namespace NeuralNetworks.Tests.Charts;

public class ChartBarTests
{
    [Fact]
    public void Bar_of_softmax_probabilities_has_one_labelled_bar_per_class()
    {
        var p = Softmax.Apply(Vector<double>.Build.DenseOfArray([2.0, 1.0, 0.1]));
        var trace = ChartJson.Trace(Chart.Bar(p, ["cat", "dog", "bird"], name: "p"), 0);

        Assert.Equal("bar", trace.GetProperty("type").GetString());
        Assert.Equal(["cat", "dog", "bird"], trace.GetProperty("x").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(p.ToArray(), ChartJson.Numbers(trace.GetProperty("y")));
        Assert.Equal("0.659", trace.GetProperty("text")[0].GetString());
    }

    [Fact]
    public void Bar_of_a_vector_without_labels_numbers_the_bars()
    {
        var trace = ChartJson.Trace(Chart.Bar(Vector<double>.Build.Dense(3, 1.0 / 3)), 0);

        Assert.Equal(["0", "1", "2"], trace.GetProperty("x").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void Categories_and_values_of_different_counts_are_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => Chart.Bar(["a", "b"], [1.0]));

        Assert.Contains("2 categories but 1 values", error.Message);
    }

    [Fact]
    public void An_empty_bar_chart_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => Chart.Bar([], []));

        Assert.Contains("0 categories", error.Message);
    }
}
