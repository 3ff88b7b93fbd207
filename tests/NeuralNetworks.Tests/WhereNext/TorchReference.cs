using System.Text.Json.Nodes;
using NeuralNetworks.Activations;
using NeuralNetworks.Data;
using NeuralNetworks.Layers;

namespace NeuralNetworks.Tests.WhereNext;

/// <summary>
/// bench/where-next/torch_reference.json, PyTorch's side of lesson 12, read the way the lesson reads it, with the
/// script that writes it (bench/where-next/torch_reference.py) and the lesson's own data: the iris split and
/// standardisation of lessons 09 and 12.
/// </summary>
public static class TorchReference
{
    public static readonly string Folder = FindFolder();

    public static readonly JsonNode Json = JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, "torch_reference.json")))!;

    public static string Script => File.ReadAllText(Path.Combine(Folder, "torch_reference.py"));

    /// <summary>The source of every cell of notebooks/12-where-next.ipynb, one cell after another.</summary>
    public static string Lesson => string.Join("\n", JsonNode.Parse(File.ReadAllText(
            Path.Combine(Folder, "..", "..", "notebooks", "12-where-next.ipynb")))!["cells"]!.AsArray()
        .Select(cell => string.Concat(cell!["source"]!.AsArray().Select(line => (string?)line))));

    public static double Number(JsonNode? value) => value!.GetValue<double>();

    public static double[] Numbers(JsonNode? list) => list!.AsArray().Select(Number).ToArray();

    public static int[] Integers(JsonNode? list) => list!.AsArray().Select(v => v!.GetValue<int>()).ToArray();

    public static Matrix<double> Rows(JsonNode? rows) => Matrix<double>.Build.DenseOfRowArrays(rows!.AsArray().Select(Numbers));

    public static Matrix<double> OneRow(JsonNode? list) => Matrix<double>.Build.DenseOfRowArrays(Numbers(list));

    /// <summary>The lesson's iris data: split 60/20/20 with seed 4, standardised with the training set's μ and σ.</summary>
    public static (Dataset Iris, DataSplit Split, Standardizer Scaler) IrisData()
    {
        Dataset iris = Dataset.LoadCsv(TestData.File("iris.csv"));
        DataSplit split = iris.Split(trainFraction: 0.6, validationFraction: 0.2, seed: 4);
        return (iris, split, Standardizer.Fit(split.Train.Features));
    }

    /// <summary>The lesson's TorchStart: 4 → 6 ReLU → 3 softmax with PyTorch's first weights, transposed to in × out.</summary>
    public static Network TorchStart()
    {
        JsonNode start = Json["initial_weights"]!;
        return new Network(
            [new Dense(Rows(start["w1"]).Transpose(), OneRow(start["b1"]), index: 1),
             new ActivationLayer(Activation.ReLU),
             new Dense(Rows(start["w2"]).Transpose(), OneRow(start["b2"]), index: 2)],
            new SoftmaxWithLoss());
    }

    private static string FindFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "bench", "where-next");
            if (File.Exists(Path.Combine(candidate, "torch_reference.json"))) return candidate;
        }
        throw new FileNotFoundException(
            $"bench/where-next/torch_reference.json not found above {AppContext.BaseDirectory}: run scripts/where-next-reference.sh.");
    }
}
