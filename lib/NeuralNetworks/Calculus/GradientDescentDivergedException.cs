using System.Globalization;

namespace NeuralNetworks.Calculus;

/// <summary>
/// Gradient descent blew up: a point became NaN or ±∞, almost always because the learning rate was
/// too large (each step overshoots the minimum by more than it started from). Carries the path up
/// to the last finite point, so a lesson can chart the zig-zag.
/// </summary>
public sealed class GradientDescentDivergedException : ArithmeticException
{
    public GradientDescentDivergedException(int step, double learningRate, DescentPath pathSoFar)
        : base(string.Create(CultureInfo.InvariantCulture,
            $"Gradient descent diverged at step {step} with learning rate {learningRate:G6}: " +
            $"the point became NaN or infinite. " +
            $"Try a smaller learning rate, such as {learningRate / 10:G6}."))
    {
        Step = step;
        LearningRate = learningRate;
        PathSoFar = pathSoFar;
    }

    /// <summary>The step (1 = the first) whose result was not finite.</summary>
    public int Step { get; }

    public double LearningRate { get; }

    /// <summary>The start and every finite point before the failing step.</summary>
    public DescentPath PathSoFar { get; }
}
