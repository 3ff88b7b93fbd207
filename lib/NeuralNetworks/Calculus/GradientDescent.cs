using MathNet.Numerics.LinearAlgebra;

namespace NeuralNetworks.Calculus;

/// <summary>
/// Gradient descent (lesson 07): walk downhill by repeating x ← x − α·f′(x) (one variable) or
/// x ← x − α·∇f(x) (several), where α is the learning rate. Worked example (Medical AI lecture):
/// L = w², L′(w) = 2w, α = 0.1: from w = 1.5 the slope is 3 and w becomes 1.5 − 0.1·3 = 1.2;
/// from −1.5 it becomes −1.2.
/// Too large an α overshoots and the points blow up: that stops with a
/// <see cref="GradientDescentDivergedException"/>. Optional early stop: when a step moves x by
/// less than <c>minStep</c> (|α·f′(x)|, or its Euclidean length), the walk ends there; minStep = 0
/// (the default) always takes every step.
/// </summary>
public static class GradientDescent
{
    /// <summary>
    /// Minimises a function of one variable given its derivative f′, from <paramref name="start"/>.
    /// Give f itself as <paramref name="f"/> to record its value at every point for charts.
    /// </summary>
    public static DescentPath Minimize(Func<double, double> derivative, double start,
        double learningRate, int steps, Func<double, double>? f = null, double minStep = 0)
    {
        Func<Vector<double>, double>? value = f is null ? null : x => f(x[0]);
        return Minimize(x => Vector<double>.Build.Dense(1, derivative(x[0])),
            Vector<double>.Build.Dense(1, start), learningRate, steps, value, minStep);
    }

    /// <summary>
    /// Minimises a function of several variables given its gradient ∇f, from
    /// <paramref name="start"/> (not changed). Give f itself as <paramref name="f"/> to record its
    /// value at every point for charts.
    /// </summary>
    public static DescentPath Minimize(Func<Vector<double>, Vector<double>> gradient,
        Vector<double> start, double learningRate, int steps,
        Func<Vector<double>, double>? f = null, double minStep = 0)
    {
        if (!(learningRate > 0) || double.IsInfinity(learningRate))
            throw new ArgumentOutOfRangeException(nameof(learningRate), learningRate,
                "The learning rate α must be a positive number, such as 0.1.");
        if (steps <= 0)
            throw new ArgumentOutOfRangeException(nameof(steps), steps,
                "steps must be at least 1, such as 50.");
        if (!(minStep >= 0))
            throw new ArgumentOutOfRangeException(nameof(minStep), minStep,
                "minStep must be 0 (take every step) or a small positive number.");

        var points = new List<Vector<double>> { start.Clone() };
        List<double>? values = f is null ? null : [f(start)];
        for (int step = 1; step <= steps; step++)
        {
            Vector<double> move = learningRate * gradient(points[^1]);
            Vector<double> next = points[^1] - move;
            if (next.Any(v => !double.IsFinite(v)))
                throw new GradientDescentDivergedException(step, learningRate,
                    new DescentPath(points, values, StoppedEarly: false));
            points.Add(next);
            values?.Add(f!(next));
            if (move.L2Norm() < minStep)
                return new DescentPath(points, values, StoppedEarly: true);
        }
        return new DescentPath(points, values, StoppedEarly: false);
    }
}
