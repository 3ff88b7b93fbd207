using System.Text.Json;
using NeuralNetworks.Charts;

namespace NeuralNetworks.Tests.Charts;

/// <summary>
/// Chart.NeuronModel, lesson 00's picture: a nerve cell above the unit u = w₁x₁ + w₂x₂ + b,
/// o = f(u). Traces: 0 cell, 1 signals in, 2 synapses, 3 cell body, 4 spike, 5 edges,
/// 6 values, 7 operations, 8 labels.
/// </summary>
public class ChartNeuronModelTests
{
    private static readonly JsonElement Json = ChartJson.Parse(Chart.NeuronModel());

    private static JsonElement Trace(int i) => Json.GetProperty("data")[i];

    private static string[] Texts(int trace) =>
        Trace(trace).GetProperty("text").EnumerateArray().Select(t => t.GetString()!).ToArray();

    private static double X(int trace, int point) =>
        Trace(trace).GetProperty("x")[point].GetDouble();

    [Fact]
    public void Draws_the_parts_of_the_cell_and_of_the_unit_in_order()
    {
        string[] names = Json.GetProperty("data").EnumerateArray()
            .Select(t => t.GetProperty("name").GetString()!).ToArray();

        Assert.Equal(["nerve cell", "signal from another cell", "synapse", "cell body", "spike",
            "edge", "value", "operation", "label"], names);
        Assert.All(Json.GetProperty("data").EnumerateArray(),
            t => Assert.False(t.GetProperty("showlegend").GetBoolean()));
        Assert.StartsWith("A nerve cell and its model",
            ChartJson.Text(Json.GetProperty("layout")));
    }

    [Fact]
    public void The_unit_has_two_inputs_a_bias_a_sum_an_activation_and_an_output()
    {
        Assert.Equal(["x₁", "x₂", "b", "o"], Texts(6));
        Assert.Equal(["Σ", "f"], Texts(7));
        Assert.Equal(2, Trace(2).GetProperty("x").GetArrayLength());    // one synapse per input
        // Four edges into and out of Σ, each two points and a gap: x₁, x₂ and b in, Σ → o out.
        Assert.Equal(4 * 3, Trace(5).GetProperty("x").GetArrayLength());
    }

    [Fact]
    public void Each_part_of_the_cell_sits_above_its_model_and_the_labels_name_both()
    {
        Assert.Equal(X(7, 0), X(3, 0));             // the cell body above Σ
        var spikeY = Trace(4).GetProperty("y").EnumerateArray()
            .Select(e => e.ValueKind == JsonValueKind.Null ? double.NaN : e.GetDouble()).ToList();
        Assert.Equal(X(7, 1), X(4, spikeY.IndexOf(spikeY.Max())));   // the spike's peak above f
        string[] labels = Texts(8);
        foreach (string part in new[] { "synapses", "dendrites", "cell body:<br>adds up", "fires" })
            Assert.Contains(part, labels);
        foreach (string model in new[] { "w₁", "w₂", "u = w₁x₁ + w₂x₂ + b", "o = f(u)" })
            Assert.Contains(model, labels);
    }
}
