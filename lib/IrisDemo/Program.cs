using NeuralNetworks.Activations;
using NeuralNetworks.Data;
using NeuralNetworks.Layers;
using NeuralNetworks.Optimizers;
using NeuralNetworks.Training;

// Lesson 09 (Namba, Hijiyama.R): 4 measurements of an iris flower → a hidden ReLU layer → softmax over 3 species.
string path = FindIris();
Dataset iris = Dataset.LoadCsv(path);
DataSplit split = iris.Split(trainFraction: 0.6, validationFraction: 0.2, seed: 3);
Standardizer scaler = Standardizer.Fit(split.Train.Features);
Dataset train = scaler.Transform(split.Train), validation = scaler.Transform(split.Validation), test = scaler.Transform(split.Test);
Console.WriteLine($"{iris}\nsplit: {split}");

var network = new Network([4, 16, 3], Activation.ReLU, seed: 1);
Console.WriteLine(network);
TrainingHistory history = Trainer.Fit(network, train, new Adam(0.01), validation, epochs: 200, batchSize: 16, seed: 1, patience: 30);
Console.WriteLine(history.ToTable(rows: 8));

int[] predicted = network.Classify(test.Features);
Console.WriteLine($"\ntest accuracy: {100 * Metrics.Accuracy(predicted, test.Labels):F1}% of {test.Count} flowers");
Console.WriteLine(new ConfusionMatrix(test.Labels, predicted, iris.ClassNames));

// data/iris.csv, found by walking up from the working directory, then from the program's own folder.
static string FindIris()
{
    foreach (string start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        for (var dir = new DirectoryInfo(start); dir != null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "data", "iris.csv");
            if (File.Exists(candidate)) return candidate;
        }
    throw new FileNotFoundException(
        $"data/iris.csv was not found above {Directory.GetCurrentDirectory()} or {AppContext.BaseDirectory}: run the demo from inside the repository.");
}
