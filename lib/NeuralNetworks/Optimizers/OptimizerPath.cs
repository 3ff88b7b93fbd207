using MathNet.Numerics.LinearAlgebra;
using NeuralNetworks.Calculus;
using NeuralNetworks.Layers;

namespace NeuralNetworks.Optimizers;

/// <summary>
/// An optimizer walking over a function of a few variables, so its path can be drawn on a contour
/// chart (lesson 10): the point is one 1×n <see cref="Parameter"/>; each step sets its gradient to
/// ∇f(point) and calls the optimizer's Step, exactly as training does with a network's weights.
/// The path prints and draws like lesson 07's <see cref="GradientDescent"/> paths;
/// with <see cref="SGD"/> it is the same path.
/// </summary>
public static class OptimizerPath
{
    /// <summary>
    /// Takes <paramref name="steps"/> steps of <paramref name="optimizer"/> from
    /// <paramref name="start"/> (not changed). Give f itself as <paramref name="f"/> to record
    /// its value at every point.
    /// </summary>
    /// <exception cref="GradientDescentDivergedException">A point became NaN or infinite
    /// (the learning rate is too large).</exception>
    public static DescentPath Run(IOptimizer optimizer,
        Func<Vector<double>, Vector<double>> gradient, Vector<double> start, int steps,
        Func<Vector<double>, double>? f = null)
    {
        ArgumentNullException.ThrowIfNull(optimizer);
        if (steps <= 0)
            throw new ArgumentOutOfRangeException(nameof(steps), steps,
                "steps must be at least 1, such as 30.");
        var point = new Parameter("point", start.ToRowMatrix());
        var points = new List<Vector<double>> { start.Clone() };
        List<double>? values = f is null ? null : [f(start)];
        for (int step = 1; step <= steps; step++)
        {
            Vector<double> g = gradient(point.Value.Row(0));
            if (g.Count != start.Count)
                throw new ArgumentException(
                    $"The gradient has {g.Count} elements but the point has {start.Count}: " +
                    "give one partial derivative per variable.", nameof(gradient));
            point.Gradient.SetRow(0, g);
            optimizer.Step([point]);
            Vector<double> next = point.Value.Row(0);
            if (next.Any(v => !double.IsFinite(v)))
                throw new GradientDescentDivergedException(step, optimizer.LearningRate,
                    new DescentPath(points, values, StoppedEarly: false));
            points.Add(next);
            values?.Add(f!(next));
        }
        return new DescentPath(points, values, StoppedEarly: false);
    }
}
