using System.Text.Json;
using NeuralNetworks.Activations;
using NeuralNetworks.Charts;
using NeuralNetworks.Layers;

namespace NeuralNetworks.Tests.Charts;

public class ChartNetworkDiagramTests
{
    private static Network TwoFourOne() => new(
        [
            new Dense(Matrix<double>.Build.DenseOfArray(new[,] { { 0.2, -0.4, 0.6, 0.1 }, { 0.5, 0.3, -0.2, 0.4 } }),
                      Matrix<double>.Build.Dense(1, 4), index: 1),
            new ActivationLayer(Activation.ReLU),
            new Dense(Matrix<double>.Build.DenseOfArray(new[,] { { 0.3 }, { -0.2 }, { 0.5 }, { 0.1 } }),
                      Matrix<double>.Build.Dense(1, 1), index: 2),
        ],
        new SigmoidWithLoss());

    private static double?[] Values(JsonElement array) =>
        array.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.Null ? (double?)null : e.GetDouble()).ToArray();

    [Fact]
    public void Every_weight_is_one_edge_coloured_by_its_sign()
    {
        var figure = Chart.NetworkDiagram(TwoFourOne());
        var positive = ChartJson.Trace(figure, 0);
        var negative = ChartJson.Trace(figure, 1);

        // 8 + 4 weights: 9 positive, 3 negative; each edge is two points and a gap.
        Assert.Equal(9 * 3, positive.GetProperty("x").GetArrayLength());
        Assert.Equal(3 * 3, negative.GetProperty("x").GetArrayLength());
        // The first negative weight is W1[0,1] = −0.4: from x1 (column 0, top of 2) to h2 (column 1, second of 4).
        Assert.Equal([0, 1, null], Values(negative.GetProperty("x")).Take(3));
        Assert.Equal([0.5, 0.5, null], Values(negative.GetProperty("y")).Take(3));
        Assert.Equal("W1[0,1] = -0.4", negative.GetProperty("text")[0].GetString());
    }

    [Fact]
    public void Nodes_are_named_by_layer_and_columns_are_captioned()
    {
        var json = ChartJson.Parse(Chart.NetworkDiagram(TwoFourOne()));
        var names = json.GetProperty("data")[2].GetProperty("text").EnumerateArray().Select(e => e.GetString());
        var captions = json.GetProperty("layout").GetProperty("annotations").EnumerateArray().Select(a => a.GetProperty("text").GetString());

        Assert.Equal(["x1", "x2", "h1", "h2", "h3", "h4", "y1"], names);
        Assert.Equal(["input layer", "hidden layer 1<br>(ReLU)", "output layer<br>(sigmoid)"], captions);
        Assert.Equal("Network(2 → 4 ReLU → 1 sigmoid)", ChartJson.Text(json.GetProperty("layout")));
    }

    [Fact]
    public void Deeper_networks_number_their_hidden_layers()
    {
        var network = new Network([3, 5, 4, 2], Activation.Tanh, seed: 1);
        var json = ChartJson.Parse(Chart.NetworkDiagram(network));
        var names = json.GetProperty("data")[2].GetProperty("text").EnumerateArray().Select(e => e.GetString()!).ToList();

        Assert.Equal(3 + 5 + 4 + 2, names.Count);
        Assert.Equal("h1_1", names[3]);
        Assert.Equal("h2_4", names[11]);
        Assert.Equal("y2", names[^1]);
    }
}
