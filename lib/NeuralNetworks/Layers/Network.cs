using NeuralNetworks.Activations;

namespace NeuralNetworks.Layers;

/// <summary>The output step of a network built from layer sizes.</summary>
public enum NetworkOutput
{
    /// <summary>Softmax with cross-entropy: classification into k ≥ 2 classes.</summary>
    Softmax,
    /// <summary>Sigmoid with binary cross-entropy: two classes with one output.</summary>
    Sigmoid,
    /// <summary>Identity with half squared error: regression.</summary>
    Identity,
}

/// <summary>
/// A feed-forward network (lessons 04, 08, 09): layers applied in order, then an output step that
/// also computes the loss. Built from sizes, [4, 8, 3] gives Dense(4→8) → activation → Dense(8→3) →
/// softmax with cross-entropy. Forward and backward passes are in Network.Passes.cs; classification
/// helpers in Network.Classes.cs.
/// </summary>
public sealed partial class Network
{
    /// <summary>
    /// A network with the given layer sizes (inputs first, outputs last) and one activation
    /// after every hidden Dense layer. Weights come from <paramref name="initialization"/>
    /// (He for ReLU, Xavier otherwise when null) and a Random made from <paramref name="seed"/>;
    /// a dropout rate above 0 adds a Dropout layer after every hidden activation.
    /// </summary>
    public Network(IReadOnlyList<int> sizes, Activation activation,
        NetworkOutput output = NetworkOutput.Softmax,
        Initialization? initialization = null, double dropout = 0, int seed = 0)
        : this(
            BuildLayers(sizes, activation, output,
                initialization ?? Initialization.For(activation), dropout, seed),
            MakeOutput(output))
    {
    }

    /// <summary>
    /// A network from explicit layers, such as lesson 04's hand-built 2 → 4 ReLU → 1
    /// sigmoid network.
    /// </summary>
    public Network(IEnumerable<ILayer> layers, IOutputLayer output)
    {
        Layers = layers.ToList();
        if (!Layers.OfType<Dense>().Any())
            throw new ArgumentException(
                "A network needs at least one Dense layer.", nameof(layers));
        Output = output;
        Parameters = Layers.SelectMany(layer => layer.Parameters).ToList();
    }

    public IReadOnlyList<ILayer> Layers { get; }

    public IOutputLayer Output { get; }

    /// <summary>Every learnable matrix, in layer order: W1, b1, W2, b2, ….</summary>
    public IReadOnlyList<Parameter> Parameters { get; }

    public int InputCount => Layers.OfType<Dense>().First().InputCount;

    public int OutputCount => Layers.OfType<Dense>().Last().OutputCount;

    private static List<ILayer> BuildLayers(IReadOnlyList<int> sizes, Activation activation,
        NetworkOutput output, Initialization initialization, double dropout, int seed)
    {
        if (sizes.Count < 2 || sizes.Any(size => size < 1))
            throw new ArgumentException(
                $"Sizes [{string.Join(", ", sizes)}] " +
                "must list at least an input and an output count, each 1 or more.", nameof(sizes));
        if (output == NetworkOutput.Softmax && sizes[^1] < 2)
            throw new ArgumentException(
                "Softmax needs at least 2 outputs; " +
                "for two classes with one output use NetworkOutput.Sigmoid.", nameof(output));
        if (!(dropout >= 0 && dropout < 1))
            throw new ArgumentOutOfRangeException(nameof(dropout), dropout,
                "The dropout rate must be in [0, 1); 0 means no dropout.");
        var random = new Random(seed);
        var layers = new List<ILayer>();
        for (int i = 1; i < sizes.Count; i++)
        {
            layers.Add(new Dense(sizes[i - 1], sizes[i], initialization, random, index: i));
            if (i == sizes.Count - 1) break;
            layers.Add(new ActivationLayer(activation));
            if (dropout > 0) layers.Add(new Dropout(dropout, seed: random.Next()));
        }
        return layers;
    }

    private static IOutputLayer MakeOutput(NetworkOutput output) => output switch
    {
        NetworkOutput.Softmax => new SoftmaxWithLoss(),
        NetworkOutput.Sigmoid => new SigmoidWithLoss(),
        NetworkOutput.Identity => new IdentityWithLoss(),
        _ => throw new ArgumentOutOfRangeException(nameof(output), output,
            "Choose Softmax, Sigmoid or Identity."),
    };

    /// <summary>The architecture, e.g. "Network(4 → 8 ReLU → 3 softmax)".</summary>
    public override string ToString()
    {
        var text = new System.Text.StringBuilder($"Network({InputCount}");
        foreach (ILayer layer in Layers)
            text.Append(layer switch
            {
                Dense dense => $" → {dense.OutputCount}",
                ActivationLayer activation => $" {activation}",
                _ => $" → {layer}",
            });
        return text.Append($" {Output})").ToString();
    }
}
