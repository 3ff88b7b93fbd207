using System.Text.Json;
using NeuralNetworks.Activations;
using NeuralNetworks.Charts;
using NeuralNetworks.Data;
using NeuralNetworks.Layers;

namespace NeuralNetworks.Tests.Charts;

public class ChartHiddenUnitsTests
{
    private static readonly Dataset Blobs = ChartData.Blobs(n: 10);

    // Hidden layer: z = tanh(x·W + b) with unit 1 = tanh(x₁ − 2), unit 2 = tanh(0.5·x₂ − 0.5·x₁); 3 softmax outputs.
    private static Network TwoUnits(Activation activation) => new(
        [
            new Dense(Matrix<double>.Build.DenseOfArray(new[,] { { 1.0, -0.5 }, { 0.0, 0.5 } }),
                      Matrix<double>.Build.DenseOfArray(new[,] { { -2.0, 0.0 } }), index: 1),
            new ActivationLayer(activation),
            new Dense(Matrix<double>.Build.DenseOfArray(new[,] { { 1.0, -1.0, 0.0 }, { 0.0, 1.0, -1.0 } }),
                      Matrix<double>.Build.Dense(1, 3), index: 2),
        ],
        new SoftmaxWithLoss());

    private static JsonElement Trace(Figure figure, int i) => ChartJson.Parse(figure).GetProperty("data")[i];

    [Fact]
    public void The_boundary_comes_first_then_a_map_and_a_switching_line_per_unit()
    {
        Figure figure = Chart.HiddenUnits(TwoUnits(Activation.Tanh), Blobs, resolution: 20);
        string[] types = ChartJson.Types(figure);
        int boundaryTraces = Chart.DecisionBoundary(Blobs, TwoUnits(Activation.Tanh).Predict, resolution: 20).Data.Count;

        Assert.Equal(boundaryTraces + 4, types.Length);
        Assert.Equal(["heatmap", "contour", "heatmap", "contour"], types[^4..]);
        var titles = ChartJson.Parse(figure).GetProperty("layout").GetProperty("annotations").EnumerateArray()
            .Select(a => a.GetProperty("text").GetString()).ToList();
        Assert.Equal(["<b>decision boundary</b>", "<b>layer 1, unit 1 (Tanh)</b>", "<b>layer 1, unit 2 (Tanh)</b>"], titles);
    }

    [Fact]
    public void Each_map_holds_its_units_activation_over_the_grid()
    {
        Figure figure = Chart.HiddenUnits(TwoUnits(Activation.Tanh), Blobs, resolution: 20);
        JsonElement unit1 = Trace(figure, figure.Data.Count - 4), unit2 = Trace(figure, figure.Data.Count - 2);
        double[] x = ChartJson.Numbers(unit1.GetProperty("x")), y = ChartJson.Numbers(unit1.GetProperty("y"));

        foreach (var (i, j) in new[] { (0, 0), (7, 13), (19, 19) })
        {
            Assert.Equal(Math.Tanh(x[j] - 2), unit1.GetProperty("z")[i][j].GetDouble(), 12);
            Assert.Equal(Math.Tanh(0.5 * y[i] - 0.5 * x[j]), unit2.GetProperty("z")[i][j].GetDouble(), 12);
        }
    }

    [Theory]
    [InlineData("tanh", 0.0)]
    [InlineData("sigmoid", 0.5)]
    public void The_line_marks_where_the_unit_switches_and_the_colours_centre_on_it(string name, double level)
    {
        Activation activation = name == "tanh" ? Activation.Tanh : Activation.Sigmoid;
        Figure figure = Chart.HiddenUnits(TwoUnits(activation), Blobs, resolution: 20);
        JsonElement map = Trace(figure, figure.Data.Count - 2), line = Trace(figure, figure.Data.Count - 1);

        Assert.Equal(level, line.GetProperty("contours").GetProperty("start").GetDouble());
        Assert.Equal(level, line.GetProperty("contours").GetProperty("end").GetDouble());
        Assert.Equal(level, (map.GetProperty("zmin").GetDouble() + map.GetProperty("zmax").GetDouble()) / 2, 12);
        Assert.False(map.GetProperty("showscale").GetBoolean());
    }

    [Fact]
    public void A_missing_layer_a_wrong_input_count_and_too_many_units_are_refused_with_the_fix()
    {
        var layerError = Assert.Throws<ArgumentOutOfRangeException>(() => Chart.HiddenUnits(TwoUnits(Activation.Tanh), Blobs, layer: 2));
        Assert.Contains("choose layer 1 to 1", layerError.Message);
        var threeInputs = new Network([3, 4, 2], Activation.Tanh, seed: 1);
        Assert.Contains("plane of 2", Assert.Throws<ArgumentException>(() => Chart.HiddenUnits(threeInputs, Blobs)).Message);
        var wide = new Network([2, 20, 3], Activation.Tanh, seed: 1);
        Assert.Contains("up to 16", Assert.Throws<ArgumentException>(() => Chart.HiddenUnits(wide, Blobs)).Message);
    }
}
