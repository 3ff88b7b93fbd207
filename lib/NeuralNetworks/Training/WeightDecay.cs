using NeuralNetworks.Layers;

namespace NeuralNetworks.Training;

/// <summary>
/// L2 regularisation, or weight decay (lesson 10): the objective becomes E + (λ/2) Σ W²,
/// summed over every weight matrix, and each weight's gradient gains λW, which pulls every weight a
/// little towards 0 at each step. Biases are not decayed.
/// </summary>
public static class WeightDecay
{
    /// <summary>(λ/2) Σ W² over the weights (not the biases).</summary>
    public static double Penalty(IEnumerable<Parameter> parameters, double lambda) =>
        lambda == 0
            ? 0
            : lambda / 2 * parameters.Where(p => !p.IsBias)
                .Sum(p => p.Value.PointwisePower(2).Enumerate().Sum());

    /// <summary>Adds λW to each weight's gradient, in place.</summary>
    public static void AddGradient(IEnumerable<Parameter> parameters, double lambda)
    {
        if (lambda == 0) return;
        foreach (Parameter p in parameters.Where(p => !p.IsBias))
            p.Gradient.Add(lambda * p.Value, p.Gradient);
    }
}
