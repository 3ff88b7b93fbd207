using NeuralNetworks.Autograd;

namespace NeuralNetworks.Tests.Autograd;

public class ChainRuleTests
{
    [Fact]
    public void TwoLayerPerceptronGradientMatchesTheLecturesFormula()
    {
        // Lecture seed 002: a 2-2-1 network with x₀ = 1 as the bias input, hidden u⁰ⱼ = Σᵢ w⁰ⱼᵢ xᵢ, o⁰ⱼ = f₀(u⁰ⱼ),
        // output u¹₀ = Σⱼ w¹₀ⱼ o⁰ⱼ, o = f₁(u¹₀), and
        // ∂L/∂x₁ = ∂L/∂o · f₁′(u¹₀) · (w¹₀₀ f₀′(u⁰₀) w⁰₀₁ + w¹₀₁ f₀′(u⁰₁) w⁰₁₁).
        // Here f₀ = tanh, f₁ = σ, L = (o − y)², with arbitrary numbers.
        double[,] w0 = { { 0.1, -0.4, 0.7 }, { -0.2, 0.5, 0.3 } }; // w⁰ⱼᵢ, i = 0 is the bias input
        double[] w1 = [0.8, -0.6];
        double x1 = 0.9, x2 = -1.1, y = 0.25;

        var x = new[] { new Value(1, "x0"), new Value(x1, "x1"), new Value(x2, "x2") };
        Value[] o0 = Enumerable.Range(0, 2)
            .Select(j => (w0[j, 0] * x[0] + w0[j, 1] * x[1] + w0[j, 2] * x[2]).Tanh()).ToArray();
        Value o = (w1[0] * o0[0] + w1[1] * o0[1]).Sigmoid();
        Value L = (o - y).Pow(2);
        L.Backward();

        double[] u0 = Enumerable.Range(0, 2).Select(j => w0[j, 0] + w0[j, 1] * x1 + w0[j, 2] * x2).ToArray();
        double u1 = w1[0] * Math.Tanh(u0[0]) + w1[1] * Math.Tanh(u0[1]);
        double s = 1 / (1 + Math.Exp(-u1));
        double dTanh(double u) => 1 - Math.Tanh(u) * Math.Tanh(u);
        double byFormula = 2 * (s - y) * s * (1 - s) * (w1[0] * dTanh(u0[0]) * w0[0, 1] + w1[1] * dTanh(u0[1]) * w0[1, 1]);

        GradientAssert.Close(byFormula, x[1].Grad, 1e-12, "∂L/∂x₁");
    }
}
