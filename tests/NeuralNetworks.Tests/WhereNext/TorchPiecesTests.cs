using System.Text.Json.Nodes;
using NeuralNetworks.Autograd;
using NeuralNetworks.Data;
using NeuralNetworks.Layers;
using NeuralNetworks.Optimizers;
using static NeuralNetworks.Tests.WhereNext.TorchReference;

namespace NeuralNetworks.Tests.WhereNext;

/// <summary>
/// Section 2 of lesson 12: each piece of the library gives PyTorch's numbers when given PyTorch's inputs
/// (nn.Linear, autograd on lesson 08's neuron, F.cross_entropy and its gradient, one SGD step), and the parameter
/// counts the lesson quotes.
/// </summary>
public class TorchPiecesTests
{
    private static readonly JsonNode Pieces = Json["pieces"]!;

    [Fact]
    public void Dense_with_the_transposed_nn_Linear_weight_gives_its_outputs_exactly()
    {
        JsonNode linear = Pieces["linear"]!;
        var dense = new Dense(Rows(linear["weight"]).Transpose(), OneRow(linear["bias"]));

        Matrix<double> difference = dense.Forward(Rows(linear["input"])) - Rows(linear["output"]);

        Assert.Equal(0, difference.Enumerate().Max(Math.Abs));   // the lesson prints "largest difference 0"
    }

    [Fact]
    public void Value_backward_gives_torch_autograds_gradients_of_lesson_08s_neuron()
    {
        JsonNode autograd = Pieces["autograd"]!;
        var w1 = new Value(0.4);
        var w2 = new Value(-0.6);
        var b = new Value(0.1);
        Value loss = ((w1 * 0.5 + w2 * 0.3 + b).Sigmoid() - 1.0).Pow(2);
        loss.Backward();

        Assert.Equal(Number(autograd["loss"]), loss.Data, 1e-15);
        Assert.Equal(Number(autograd["grad_w1"]), w1.Grad, 1e-15);
        Assert.Equal(Number(autograd["grad_w2"]), w2.Grad, 1e-15);
        Assert.Equal(Number(autograd["grad_b"]), b.Grad, 1e-15);
    }

    [Fact]
    public void SoftmaxWithLoss_gives_F_cross_entropy_and_its_gradient()
    {
        JsonNode ce = Pieces["cross_entropy"]!;
        var step = new SoftmaxWithLoss();

        double loss = step.Loss(Rows(ce["logits"]), OneHot.Encode(Integers(ce["targets"]), 3));
        Matrix<double> gradient = step.Backward();

        Assert.Equal(Number(ce["loss"]), loss, 1e-12);
        Assert.True((gradient - Rows(ce["grad"])).Enumerate().Max(Math.Abs) < 1e-12);
    }

    [Fact]
    public void One_SGD_step_from_1_5_with_slope_3_gives_torch_optims_1_2()
    {
        var w = new Parameter("w", Matrix<double>.Build.Dense(1, 1, 1.5));
        w.Gradient[0, 0] = 3;
        new SGD(0.1).Step([w]);

        Assert.Equal(Number(Pieces["sgd_step"]!["after"]), w.Value[0, 0]);
        Assert.Equal("1.2", w.Value[0, 0].ToString("G6", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void The_parameter_counts_are_the_ones_the_lesson_quotes_and_the_library_agrees_on_the_iris_network()
    {
        JsonNode counts = Pieces["parameter_counts"]!;
        Assert.Equal(TorchStart().Parameters.Sum(p => p.RowCount * p.ColumnCount), (int)counts["iris_network"]!);
        Assert.Equal(8 * (3 * 3 * 1 + 1), (int)counts["conv2d_1_to_8_kernel_3"]!);   // exercise 3: 80
        Assert.Equal(64 * 8 + 8, (int)counts["linear_64_to_8"]!);                    // its solution: 520
    }
}
