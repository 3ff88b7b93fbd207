using NeuralNetworks.Charts;
using NeuralNetworks.Data;

namespace NeuralNetworks.Tests.Charts;

public class ChartDecisionBoundaryTests
{
    [Fact]
    public void The_background_is_the_predicted_class_at_every_grid_point()
    {
        var data = ChartData.Blobs();
        var figure = Chart.DecisionBoundary(data, ChartData.NearestCentre, resolution: 40);
        var heatmap = ChartJson.Trace(figure, 0);
        double[] x = ChartJson.Numbers(heatmap.GetProperty("x")), y = ChartJson.Numbers(heatmap.GetProperty("y"));
        var z = heatmap.GetProperty("z");

        Assert.Equal(["heatmap", "scatter", "scatter", "scatter"], ChartJson.Types(figure));
        Assert.Equal(40, x.Length);
        for (int i = 0; i < y.Length; i += 7)
            for (int j = 0; j < x.Length; j += 5)
                Assert.Equal(ChartData.Nearest(x[j], y[i]), z[i][j].GetDouble());
    }

    [Fact]
    public void The_grid_covers_the_data_with_a_margin_and_classes_keep_their_colours()
    {
        var data = ChartData.Blobs();
        var figure = Chart.DecisionBoundary(data, ChartData.NearestCentre, resolution: 20, margin: 0.25);
        var heatmap = ChartJson.Trace(figure, 0);
        double[] x = ChartJson.Numbers(heatmap.GetProperty("x"));
        double min = data.Features.Column(0).Minimum(), max = data.Features.Column(0).Maximum();

        Assert.Equal(min - 0.25 * (max - min), x[0], 12);
        Assert.Equal(max + 0.25 * (max - min), x[^1], 12);
        Assert.Equal(-0.5, heatmap.GetProperty("zmin").GetDouble());
        Assert.Equal(2.5, heatmap.GetProperty("zmax").GetDouble());
        Assert.Equal(Palette.Light(1), heatmap.GetProperty("colorscale")[2][1].GetString());
        Assert.Equal(Palette.ForClass(1), ChartJson.Trace(figure, 2).GetProperty("marker").GetProperty("color").GetString());
    }

    [Fact]
    public void With_probabilities_the_top_probability_is_drawn_as_contour_lines()
    {
        var data = ChartData.Blobs();
        Matrix<double> Probabilities(Matrix<double> X) =>
            Matrix<double>.Build.Dense(X.RowCount, 3, (r, c) => c == ChartData.Nearest(X[r, 0], X[r, 1]) ? 0.8 : 0.1);

        var figure = Chart.DecisionBoundary(data, Probabilities, resolution: 10);
        var contour = ChartJson.Trace(figure, 1);

        Assert.Equal(["heatmap", "contour", "scatter", "scatter", "scatter"], ChartJson.Types(figure));
        Assert.All(contour.GetProperty("z").EnumerateArray().SelectMany(r => r.EnumerateArray()), v => Assert.Equal(0.8, v.GetDouble()));
        Assert.Equal("none", contour.GetProperty("contours").GetProperty("coloring").GetString());
    }

    [Fact]
    public void Zero_resolution_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => Chart.DecisionBoundary(ChartData.Blobs(), ChartData.NearestCentre, resolution: 0));

        Assert.Contains("0×0", error.Message);
    }

    [Fact]
    public void A_data_set_with_other_than_two_features_is_refused()
    {
        var data = new Dataset(Matrix<double>.Build.Dense(2, 3), [0, 1], ["a", "b", "c"], ["no", "yes"]);

        var error = Assert.Throws<ArgumentException>(() => Chart.DecisionBoundary(data, ChartData.NearestCentre));

        Assert.Contains("3 features", error.Message);
    }

    [Fact]
    public void A_classifier_returning_the_wrong_count_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => Chart.DecisionBoundary(ChartData.Blobs(), _ => [0, 1], resolution: 5));

        Assert.Contains("2 classes for 25 grid points", error.Message);
    }
}
