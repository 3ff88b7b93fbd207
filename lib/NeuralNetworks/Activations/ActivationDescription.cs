namespace NeuralNetworks.Activations;

/// <summary>
/// One row of lesson 02's table: a function's name, the layer it is usually used in,
/// and its output range.
/// </summary>
public sealed record ActivationDescription(string Name, string UsualLayer, string OutputRange)
{
    /// <summary>The table of lesson 02: every element-wise activation, then softmax.</summary>
    public static IReadOnlyList<ActivationDescription> Table =>
    [
        .. Activation.All.Select(a =>
            new ActivationDescription(a.Name, a.UsualLayer, a.OutputRange)),
        new("Softmax", "output (several classes)", "(0, 1), each row sums to 1"),
    ];
}
