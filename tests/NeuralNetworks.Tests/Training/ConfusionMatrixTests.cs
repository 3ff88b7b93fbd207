using NeuralNetworks.Training;

namespace NeuralNetworks.Tests.Training;

public class ConfusionMatrixTests
{
    private static readonly ConfusionMatrix Matrix = new([0, 0, 1, 1, 1, 2], [0, 1, 1, 1, 2, 2], ["a", "b", "c"]);

    [Fact]
    public void Counts_pairs_of_true_and_predicted_classes()
    {
        Assert.Equal(1, Matrix[0, 0]);
        Assert.Equal(1, Matrix[0, 1]);
        Assert.Equal(2, Matrix[1, 1]);
        Assert.Equal(1, Matrix[1, 2]);
        Assert.Equal(1, Matrix[2, 2]);
        Assert.Equal(6, Matrix.Total);
        Assert.Equal(4 / 6.0, Matrix.Accuracy, 14);
        Assert.Equal(Metrics.Accuracy([0, 1, 1, 1, 2, 2], [0, 0, 1, 1, 1, 2]), Matrix.Accuracy, 14);
    }

    [Fact]
    public void Recall_and_precision_per_class()
    {
        Assert.Equal(2 / 3.0, Matrix.Recall(1), 14);
        Assert.Equal(2 / 3.0, Matrix.Precision(1), 14);
        Assert.Equal(0.5, Matrix.Precision(2), 14);
    }

    [Fact]
    public void Prints_a_table_with_class_names_and_recall()
    {
        string text = Matrix.ToString();
        Assert.Contains("recall", text);
        Assert.Contains("66.7%", text);
        Assert.Contains("accuracy 66.7% of 6", text);
    }

    [Fact]
    public void Mismatched_lengths_are_rejected()
    {
        var error = Assert.Throws<ArgumentException>(() => new ConfusionMatrix([0, 1], [0], ["a", "b"]));
        Assert.Contains("2 labels but 1 predictions", error.Message);
        Assert.Throws<ArgumentException>(() => Metrics.Accuracy([0, 1], [0]));
    }
}
