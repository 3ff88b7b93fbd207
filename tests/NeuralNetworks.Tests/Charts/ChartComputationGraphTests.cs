using System.Text.Json;
using NeuralNetworks.Autograd;
using NeuralNetworks.Charts;
using NeuralNetworks.Tests.Autograd;

namespace NeuralNetworks.Tests.Charts;

/// <summary>
/// Chart.ComputationGraph on lesson 08's neuron (13 nodes, 12 edges). Traces, in every frame: 0 edges, 1 local
/// derivatives, 2 lit edges, 3 what they pass back, 4 inputs, 5 operations, 6 values, 7 grads, 8 the ring.
/// </summary>
public class ChartComputationGraphTests
{
    private static readonly Figure Figure = Chart.ComputationGraph(BackwardSweepTests.Neuron());
    private static readonly JsonElement Json = ChartJson.Parse(Figure);

    private static JsonElement Frame(int k) => Json.GetProperty("frames")[k].GetProperty("data");

    private static string[] Texts(JsonElement trace) =>
        trace.GetProperty("text").EnumerateArray().Select(t => t.GetString()!).ToArray();

    private static int Node(string label) => BackwardSweepTests.Neuron().Graph().Nodes.Single(n => n.Label == label).Id;

    [Fact]
    public void One_frame_for_the_forward_values_and_one_per_visited_node_each_with_the_same_nine_traces()
    {
        Assert.Equal(14, Json.GetProperty("frames").GetArrayLength());
        for (int k = 0; k < 14; k++)
            Assert.Equal(9, Frame(k).GetArrayLength());
        Assert.Equal(Enumerable.Range(0, 14).Select(k => k.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            Json.GetProperty("frames").EnumerateArray().Select(f => f.GetProperty("name").GetString()));
    }

    [Fact]
    public void Every_edge_is_drawn_with_its_local_derivative()
    {
        JsonElement frame = Frame(0);
        Assert.Equal(12 * 3, frame[0].GetProperty("x").GetArrayLength());        // two ends and a gap per edge
        string[] derivatives = Texts(frame[1]);
        Assert.Equal(12, derivatives.Length);
        Assert.Contains("0.2491", derivatives);      // ∂o/∂u = σ′(0.12)
        Assert.Contains("-0.9401", derivatives);     // ∂L/∂e = 2e
        Assert.Contains("0.5", derivatives);         // ∂p1/∂w1 = x1
        Assert.Contains("-1", derivatives);          // ∂e/∂(the constant 1)
    }

    [Fact]
    public void The_forward_frame_shows_values_and_no_grads()
    {
        JsonElement frame = Frame(0);
        Assert.Contains("w1 = 0.4", Texts(frame[6]));
        Assert.Contains("L = 0.2209", Texts(frame[6]));
        Assert.Contains("1", Texts(frame[6]));                    // the unnamed constant of e = o − 1
        Assert.All(Texts(frame[7]), t => Assert.Equal("", t));
        Assert.Equal(0, frame[2].GetProperty("x").GetArrayLength() - CountGaps(frame[2]));     // no lit edge yet
        Assert.Equal(1, CountGaps(frame[8]));                                                  // no ring yet
        Assert.Equal(["×", "×", "+", "+", "σ", "−", "^2"], Texts(frame[5]));
    }

    private static int CountGaps(JsonElement trace) =>
        trace.GetProperty("x").EnumerateArray().Count(v => v.ValueKind == JsonValueKind.Null);

    [Fact]
    public void Visiting_the_sigmoid_rings_it_shows_its_grad_and_what_its_edge_passes_back()
    {
        // Visits: L, e, the constant 1, then o (frame 4). ∂L/∂o = −0.9401; it passes σ′(u)·(−0.9401) = −0.2342 to u.
        JsonElement frame = Frame(4);
        int o = Node("o");
        Assert.Equal([ChartJson.Numbers(frame[6].GetProperty("x"))[o]], ChartJson.Numbers(frame[8].GetProperty("x")));
        Assert.Contains("grad -0.9401", Texts(frame[7])[o]);
        Assert.Equal("", Texts(frame[7])[Node("u")]);
        string passed = Assert.Single(Texts(frame[3]));
        Assert.Contains("+= -0.2342", passed);
    }

    [Fact]
    public void The_last_frame_shows_every_grad_backward_computes()
    {
        Value loss = BackwardSweepTests.Neuron();
        loss.Backward();
        string[] grads = Texts(Frame(13)[7]);
        foreach (GraphNode n in loss.Graph().Nodes)
            Assert.Contains($"grad {n.Grad.ToString("G4", System.Globalization.CultureInfo.InvariantCulture)}", grads[n.Id]);
        Assert.Contains("grad -0.1171", grads[Node("w1")]);
    }

    [Fact]
    public void Every_input_is_drawn_left_of_the_node_that_uses_it_and_the_output_is_last()
    {
        ComputationGraph graph = BackwardSweepTests.Neuron().Graph();
        JsonElement frame = Frame(0);
        double[] valueX = ChartJson.Numbers(frame[6].GetProperty("x"));
        foreach (GraphNode n in graph.Nodes)
            foreach (int input in n.InputIds)
                Assert.True(valueX[input] < valueX[n.Id], $"{graph.Nodes[input].Label} is not left of {n.Label}");
        Assert.Equal(valueX.Max(), valueX[^1]);
    }

    [Fact]
    public void Traces_set_only_what_their_mode_draws()
    {
        foreach (JsonElement trace in Frame(5).EnumerateArray())
        {
            string mode = trace.GetProperty("mode").GetString()!;
            Assert.Equal(mode.Contains("markers"), trace.TryGetProperty("marker", out _));
            Assert.Equal(mode.Contains("lines"), trace.TryGetProperty("line", out _));
            if (trace.TryGetProperty("textposition", out _))
                Assert.Contains("text", mode);
        }
    }

    [Fact]
    public void Too_large_a_graph_or_a_bad_digit_count_is_refused_with_the_fix()
    {
        Value sum = new Value(0, "v0");
        for (int i = 1; i <= 40; i++)
            sum = sum + new Value(i, $"v{i}");
        Assert.Contains("draw a smaller expression", Assert.Throws<ArgumentException>(() => Chart.ComputationGraph(sum)).Message);
        Assert.Equal("digits", Assert.Throws<ArgumentOutOfRangeException>(() => Chart.ComputationGraph(BackwardSweepTests.Neuron(), digits: 0)).ParamName);
    }
}
