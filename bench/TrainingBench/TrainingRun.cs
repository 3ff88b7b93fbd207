using System.Diagnostics;
using System.Globalization;
using MathNet.Numerics.LinearAlgebra;
using NeuralNetworks.Activations;
using NeuralNetworks.Data;
using MathNet.Numerics;
using NeuralNetworks.Fast;
using NeuralNetworks.Layers;
using NeuralNetworks.Optimizers;
using NeuralNetworks.Training;

/// <summary>
/// The reference network of shared/bench (ref_numpy.py, ref_torch.py): digits 64 → H → 10, ReLU, softmax cross-entropy,
/// SGD lr 0.1, batch 100, float64, He-normal W1, N(0, 1/H) W2, zero biases; pixels scaled to [0, 1]; rows 0…1436 train,
/// 1437…1796 test. Only the training loop is timed, through the plain API only: "fit" is Trainer.Fit (which runs the
/// fast step underneath, and also measures the loss and accuracy of the whole training set after every epoch, which the
/// references do not do); "loop" is the lessons' loop (network.Loss, Backward, SGD.Step on freshly gathered batches),
/// the same work as the references, on the layers with MathNet's products (the fast kernel underneath). For "fit" the line
/// also gives seconds_measure and cpu_seconds_measure, what Fit adds per epoch: its measurement of the training set
/// (MeasuringSeconds). cpu_seconds_per_epoch is the process's CPU time over the same loop (<see cref="CpuClock"/>;
/// bench/refclock.py reads the references' from the same clock), which a machine shared with other work inflates far
/// less than the wall time. --threads sets
/// MathNet's Control.MaxDegreeOfParallelism (1: every product on one core). Before the timed run, --warmup epochs
/// (default 5) train a throwaway network so that every method has been compiled (fully optimised: TrainingBench.csproj
/// turns tiered compilation off), as the references' NumPy and PyTorch arrive compiled; --warmup 0 times a cold start.
/// Prints one JSON line.
/// </summary>
static class TrainingRun
{
    private const int TrainRows = 1437, Batch = 100, Seed = 1;

    public static void Run(int hidden, int epochs, string path, int threads, string dataPath, int warmupEpochs)
    {
        if (path is not ("fit" or "loop")) throw new ArgumentException($"--path {path}: give fit or loop.");
        Control.MaxDegreeOfParallelism = threads;
        Dataset all = Dataset.LoadCsv(dataPath);
        Matrix<double> X = all.Features / 16.0, T = OneHot.Encode(all.Labels, 10);
        Matrix<double> trainX = X.SubMatrix(0, TrainRows, 0, 64), trainT = T.SubMatrix(0, TrainRows, 0, 10);
        Matrix<double> testX = X.SubMatrix(TrainRows, X.RowCount - TrainRows, 0, 64);
        int[] testLabels = all.Labels.Skip(TrainRows).ToArray();

        if (warmupEpochs > 0) Train(MakeNetwork(hidden, seed: 99), trainX, trainT, warmupEpochs, path, threads);
        Network network = MakeNetwork(hidden, Seed);
        double cpuStart = CpuClock.Seconds;
        long start = Stopwatch.GetTimestamp();
        Train(network, trainX, trainT, epochs, path, threads);
        double seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
        double cpu = CpuClock.Seconds - cpuStart;

        double loss = network.Loss(trainX, trainT);
        double accuracy = network.Accuracy(testX, testLabels);
        (double measure, double cpuMeasure) = path == "fit" ? MeasuringSeconds(network, trainX, trainT) : (0, 0);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{{\"kind\": \"train\", \"impl\": \"library\", \"path\": \"{path}\", \"dtype\": \"float64\", \"threads\": {threads}, \"hidden\": {hidden}, " +
            $"\"batch\": {Batch}, \"epochs\": {epochs}, \"seconds_train\": {seconds:F6}, \"seconds_per_epoch\": {seconds / epochs:F6}, \"cpu_seconds_per_epoch\": {cpu / epochs:F6}, " +
            $"\"warmup_epochs\": {warmupEpochs}, \"seconds_measure\": {measure:F6}, \"cpu_seconds_measure\": {cpuMeasure:F6}, \"final_train_loss\": {loss:F6}, \"test_accuracy\": {accuracy:F6}}}"));
    }

    /// <summary>
    /// What Trainer.Fit adds to each epoch: its measurement of the training set, timed as Fit runs it (the fast step's
    /// Evaluate with its buffers already made, a library internal), the best of 5 in wall and in CPU seconds.
    /// </summary>
    private static (double Wall, double Cpu) MeasuringSeconds(Network network, Matrix<double> X, Matrix<double> T)
    {
        FastTrainingStep step = FastTrainingStep.For(network, X, T) ?? throw new InvalidOperationException($"{network} has no fast step.");
        step.Evaluate(X, T);
        (double wall, double cpu) = (double.MaxValue, double.MaxValue);
        for (int i = 0; i < 5; i++)
        {
            double cpuStart = CpuClock.Seconds;
            long start = Stopwatch.GetTimestamp();
            step.Evaluate(X, T);
            wall = Math.Min(wall, Stopwatch.GetElapsedTime(start).TotalSeconds);
            cpu = Math.Min(cpu, CpuClock.Seconds - cpuStart);
        }
        return (wall, cpu);
    }

    private static Network MakeNetwork(int hidden, int seed)
    {
        var random = new Random(seed);
        return new Network(
            [new Dense(64, hidden, Initialization.He, random, 1), new ActivationLayer(Activation.ReLU), new Dense(hidden, 10, Initialization.Xavier, random, 2)],
            new SoftmaxWithLoss());
    }

    private static void Train(Network network, Matrix<double> X, Matrix<double> T, int epochs, string path, int threads)
    {
        if (path == "fit") Trainer.Fit(network, X, T, new SGD(0.1), epochs, Batch, Seed);
        else PlainFit(network, X, T, new SGD(0.1), epochs);
    }

    private static void PlainFit(Network network, Matrix<double> X, Matrix<double> T, SGD sgd, int epochs)
    {
        var random = new Random(Seed);
        for (int epoch = 1; epoch <= epochs; epoch++)
        {
            int[] order = Enumerable.Range(0, X.RowCount).ToArray();
            random.Shuffle(order);
            for (int start = 0; start < order.Length; start += Batch)
            {
                int[] rows = order[start..Math.Min(start + Batch, order.Length)];
                network.Loss(Rows(X, rows), Rows(T, rows), training: true);
                network.Backward();
                sgd.Step(network.Parameters);
            }
        }
    }

    private static Matrix<double> Rows(Matrix<double> M, int[] rows) =>
        Matrix<double>.Build.Dense(rows.Length, M.ColumnCount, (i, j) => M[rows[i], j]);
}
