using System.Globalization;
using System.Text.Json.Nodes;
using NeuralNetworks.Activations;
using NeuralNetworks.Layers;

namespace GradingProbe;

/// <summary>
/// A trained network as data, so the grader can evaluate it in its own process:
/// {"kind":"network","layers":[…],"output":…} with a layer as
/// {"dense":{"weights":matrix,"bias":matrix}}, {"activation":"ReLU"} or {"dropout":0.5} (dropout is
/// the identity when predicting), and the output step's type name. Other layers cannot be recorded
/// and say so.
/// </summary>
public static class NetworkRecord
{
    public static JsonObject Encode(Network network, ref int numbers)
    {
        var layers = new JsonArray();
        foreach (ILayer layer in network.Layers)
        {
            switch (layer)
            {
                case Dense dense:
                    layers.Add(new JsonObject
                    {
                        ["dense"] = new JsonObject
                        {
                            ["weights"] = ProbeValue.Encode(dense.Weights.Value, ref numbers),
                            ["bias"] = ProbeValue.Encode(dense.Bias.Value, ref numbers),
                        },
                    });
                    break;
                case ActivationLayer activation:
                    layers.Add(
                    new JsonObject { ["activation"] = activation.Activation.Name }); break;
                case Dropout dropout:
                    layers.Add(
                    new JsonObject { ["dropout"] = dropout.Rate }); break;
                default:
                    throw new InvalidOperationException(
                        "the grader can evaluate networks of Dense, activation and dropout " +
                        $"layers; this network has a {layer.GetType().Name} layer.");
            }
        }
        return new JsonObject
        {
            ["kind"] = "network", ["layers"] = layers,
            ["output"] = network.Output.GetType().Name
        };
    }

    public static Network Decode(JsonObject json)
    {
        var layers = new List<ILayer>();
        var index = 0;
        foreach (var node in json["layers"] as JsonArray
            ?? throw ProbeValue.Malformed("a network without layers"))
        {
            var layer = node as JsonObject
                ?? throw ProbeValue.Malformed("a network layer that is not an object");
            if (layer["dense"] is JsonObject dense)
                layers.Add(new Dense(ProbeValue.DecodeMatrix(dense["weights"]),
                    ProbeValue.DecodeMatrix(dense["bias"]), ++index));
            else if (layer["activation"] is JsonValue name)
                layers.Add(new ActivationLayer(ActivationNamed((string?)name ?? "")));
            else if (layer["dropout"] is JsonValue rate)
                layers.Add(new Dropout((double)rate));
            else
                throw ProbeValue.Malformed("a network layer of an unknown kind");
        }
        IOutputLayer output = (string?)json["output"] switch
        {
            nameof(SoftmaxWithLoss) => new SoftmaxWithLoss(),
            nameof(SigmoidWithLoss) => new SigmoidWithLoss(),
            nameof(IdentityWithLoss) => new IdentityWithLoss(),
            var other => throw ProbeValue.Malformed($"a network output '{other}'"),
        };
        return new Network(layers, output);
    }

    private static Activation ActivationNamed(string name)
    {
        if (Activation.All.FirstOrDefault(a => a.Name == name
            && !a.Name.StartsWith("Leaky", StringComparison.Ordinal)) is { } known) return known;
        const string leaky = "Leaky ReLU (a = ";
        if (name.StartsWith(leaky, StringComparison.Ordinal) && name.EndsWith(')')
            && double.TryParse(name[leaky.Length..^1], NumberStyles.Float,
                CultureInfo.InvariantCulture, out var slope))
            return Activation.LeakyReLU(slope);
        throw ProbeValue.Malformed($"a network activation '{name}'");
    }
}
