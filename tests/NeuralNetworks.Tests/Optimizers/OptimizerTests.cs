using NeuralNetworks.Activations;
using NeuralNetworks.Data;
using NeuralNetworks.Layers;
using NeuralNetworks.Optimizers;
using NeuralNetworks.Training;

namespace NeuralNetworks.Tests.Optimizers;

/// <summary>One step of each optimizer against a hand computation, and each minimising a quadratic.</summary>
public class OptimizerTests
{
    private static Parameter Scalar(double value, double gradient)
    {
        var p = new Parameter("w", Matrix<double>.Build.Dense(1, 1, value));
        p.Gradient[0, 0] = gradient;
        return p;
    }

    [Theory]
    [InlineData(1.5, 3, 1.2)]
    [InlineData(-1.5, -3, -1.2)]
    public void SGD_reproduces_the_Medical_AI_lectures_steps(double w, double slope, double expected)
    {
        Parameter p = Scalar(w, slope);
        Matrix<double> held = p.Value;
        new SGD(0.1).Step([p]);
        Assert.Equal(expected, p.Value[0, 0], 14);
        Assert.Same(held, p.Value);
    }

    [Fact]
    public void Momentum_two_steps_by_hand()
    {
        Parameter p = Scalar(1.0, 2.0);
        var momentum = new Momentum(0.1, 0.9);
        momentum.Step([p]);                       // v = −0.2, w = 0.8
        momentum.Step([p]);                       // v = 0.9·(−0.2) − 0.2 = −0.38, w = 0.42
        Assert.Equal(0.42, p.Value[0, 0], 14);
    }

    [Fact]
    public void AdaGrad_and_RMSProp_one_step_by_hand()
    {
        Parameter a = Scalar(1.0, 2.0), r = Scalar(1.0, 2.0);
        new AdaGrad(0.1).Step([a]);               // h = 4, w = 1 − 0.1·2/(2 + 1e-7)
        new RMSProp(0.1, 0.99).Step([r]);         // h = 0.01·4 = 0.04, w = 1 − 0.1·2/(0.2 + 1e-7)
        Assert.Equal(1 - 0.1 * 2 / (2 + 1e-7), a.Value[0, 0], 14);
        Assert.Equal(1 - 0.1 * 2 / (0.2 + 1e-7), r.Value[0, 0], 14);
    }

    [Fact]
    public void Adam_first_step_moves_by_about_the_learning_rate()
    {
        Parameter p = Scalar(1.0, 2.0);
        new Adam(0.01).Step([p]);                 // m̂ = 2, v̂ = 4, step = 0.01·2/(2 + 1e-8)
        Assert.Equal(1 - 0.01 * 2 / (2 + 1e-8), p.Value[0, 0], 14);
    }

    [Fact]
    public void AdaDelta_two_steps_by_hand()
    {
        // Zeiler (2012), ρ = 0.95, ε = 1e-6, g = 2 both times:
        // h₁ = 0.05·4 = 0.2, Δ₁ = √(0 + ε)/√(h₁ + ε)·2, s₁ = 0.05·Δ₁²;
        // h₂ = 0.95·0.2 + 0.2 = 0.39, Δ₂ = √(s₁ + ε)/√(h₂ + ε)·2.
        Parameter p = Scalar(1.0, 2.0);
        var adaDelta = new AdaDelta();
        adaDelta.Step([p]);
        double delta1 = Math.Sqrt(1e-6) / Math.Sqrt(0.2 + 1e-6) * 2;
        Assert.Equal(1 - delta1, p.Value[0, 0], 14);
        Assert.Equal(0.0044721, delta1, 7);         // ≈ √ε/√(1 − ρ), whatever the gradient's size
        adaDelta.Step([p]);
        double delta2 = Math.Sqrt(0.05 * delta1 * delta1 + 1e-6) / Math.Sqrt(0.39 + 1e-6) * 2;
        Assert.Equal(1 - delta1 - delta2, p.Value[0, 0], 14);
    }

    [Fact]
    public void AdaDelta_first_step_does_not_depend_on_the_gradient_scale()
    {
        Parameter small = Scalar(0.0, 0.1), large = Scalar(0.0, 100.0);
        new AdaDelta().Step([small]);
        new AdaDelta().Step([large]);
        // Δ₁ = √ε·g/√((1 − ρ)g² + ε), close to √ε/√(1 − ρ) ≈ 0.00447 once (1 − ρ)g² ≫ ε.
        Assert.Equal(-Math.Sqrt(1e-6 / 0.05), small.Value[0, 0], 1e-5);
        Assert.Equal(-Math.Sqrt(1e-6 / 0.05), large.Value[0, 0], 1e-9);
    }

    [Fact]
    public void AdaDelta_learning_rate_scales_the_step_but_not_the_memory()
    {
        Parameter one = Scalar(0.0, 1.0), half = Scalar(0.0, 1.0);
        var full = new AdaDelta(1.0);
        var halved = new AdaDelta(0.5);
        for (int step = 0; step < 3; step++)
        {
            full.Step([one]);
            halved.Step([half]);
        }
        Assert.Equal(one.Value[0, 0] / 2, half.Value[0, 0], 14);
    }

    [Fact]
    public void AdaDelta_trains_lesson_10s_wine_network_without_a_learning_rate()
    {
        // Lesson 10: wine standardised on a 60/20/20 split (seed 10), 13 → 16 ReLU → 3, 20 epochs of batches of 16.
        DataSplit split = Dataset.LoadCsv(TestData.File("wine.csv")).Split(0.6, 0.2, seed: 10);
        var scaler = Standardizer.Fit(split.Train.Features);
        TrainingHistory history = Trainer.Fit(new Network([13, 16, 3], Activation.ReLU, seed: 10),
            scaler.Transform(split.Train), new AdaDelta(), scaler.Transform(split.Validation), epochs: 20, batchSize: 16, seed: 10);

        Assert.Equal("0.0824", history.Last.TrainLoss.ToString("F4", System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(history.Last.TrainLoss < history.Epochs[0].TrainLoss / 5);
    }

    public static TheoryData<string> Names => ["SGD", "Momentum", "AdaGrad", "RMSProp", "Adam", "AdaDelta"];

    private static IOptimizer Make(string name) => name switch
    {
        "SGD" => new SGD(0.1),
        "Momentum" => new Momentum(0.05),
        "AdaGrad" => new AdaGrad(0.5),
        "RMSProp" => new RMSProp(0.05),
        "AdaDelta" => new AdaDelta(),
        _ => new Adam(0.1),
    };

    [Theory, MemberData(nameof(Names))]
    public void Minimises_a_narrow_quadratic_bowl(string name)
    {
        // f(x, y) = x²/20 + y², minimum at (0, 0); ∇f = (x/10, 2y).
        var p = new Parameter("xy", Matrix<double>.Build.DenseOfArray(new double[,] { { -7, 2 } }));
        IOptimizer optimizer = Make(name);
        for (int step = 0; step < 2000; step++)
        {
            p.Gradient[0, 0] = p.Value[0, 0] / 10;
            p.Gradient[0, 1] = 2 * p.Value[0, 1];
            optimizer.Step([p]);
        }
        double f = p.Value[0, 0] * p.Value[0, 0] / 20 + p.Value[0, 1] * p.Value[0, 1];
        Assert.True(f < 1e-3, $"{optimizer} ended at f = {f}");
    }

    [Fact]
    public void State_is_kept_per_parameter_object()
    {
        Parameter a = Scalar(1.0, 1.0), b = Scalar(1.0, 1.0);
        var momentum = new Momentum(0.1);
        momentum.Step([a, b]);
        momentum.Step([a]);
        Assert.Equal(1 - 0.1 - 0.19, a.Value[0, 0], 14);
        Assert.Equal(0.9, b.Value[0, 0], 14);
    }

    [Fact]
    public void Invalid_hyperparameters_are_rejected_by_name()
    {
        Assert.Equal("learningRate", Assert.Throws<ArgumentOutOfRangeException>(() => new SGD(0)).ParamName);
        Assert.Equal("learningRate", Assert.Throws<ArgumentOutOfRangeException>(() => new Adam(-0.1)).ParamName);
        Assert.Equal("learningRate", Assert.Throws<ArgumentOutOfRangeException>(() => new AdaGrad(double.NaN)).ParamName);
        Assert.Equal("momentum", Assert.Throws<ArgumentOutOfRangeException>(() => new Momentum(0.1, 1.0)).ParamName);
        Assert.Equal("decay", Assert.Throws<ArgumentOutOfRangeException>(() => new RMSProp(0.1, -0.5)).ParamName);
        Assert.Equal("beta2", Assert.Throws<ArgumentOutOfRangeException>(() => new Adam(0.1, beta2: 1)).ParamName);
        Assert.Equal("decay", Assert.Throws<ArgumentOutOfRangeException>(() => new AdaDelta(decay: 1.5)).ParamName);
        Assert.Equal("learningRate", Assert.Throws<ArgumentOutOfRangeException>(() => new AdaDelta(0)).ParamName);
        Assert.Contains("learning rate", Assert.Throws<ArgumentOutOfRangeException>(() => new Momentum(0)).Message);
    }
}
