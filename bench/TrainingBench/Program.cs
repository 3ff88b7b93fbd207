using System.Globalization;

// Usage:
//   TrainingBench machine
//   TrainingBench gemm [--sizes 64,128,256,512,1024] [--budget 0.5]
//   TrainingBench shapes [--threads 1]
//   TrainingBench train --hidden 100 [--path fit|loop] [--threads 1] [--epochs 50] [--warmup 5] [--data bench/data/digits_split.csv]
var options = Options.Parse(args);
switch (args.FirstOrDefault())
{
    case "machine":
        MachineInfo.Print();
        break;
    case "gemm":
        GemmTable.Run(options.Ints("sizes", "64,128,256,512,1024"), options.Double("budget", 0.5));
        break;
    case "shapes":
        ShapesTable.Run(options.Int("threads", 1));
        break;
    case "train":
        TrainingRun.Run(options.Int("hidden", 100), options.Int("epochs", 50), options.Text("path", "fit"),
            options.Int("threads", 1), options.Text("data", "bench/data/digits_split.csv"),
            options.Int("warmup", 5));
        break;
    default:
        Console.Error.WriteLine("usage: TrainingBench machine|gemm|shapes|train [options]; see Program.cs");
        return 2;
}
return 0;

/// <summary>--name value pairs from the command line.</summary>
sealed record Options(IReadOnlyDictionary<string, string> Values)
{
    public static Options Parse(string[] args)
    {
        var values = new Dictionary<string, string>();
        for (int i = 1; i + 1 < args.Length; i += 2)
            values[args[i].TrimStart('-')] = args[i + 1];
        return new(values);
    }

    public string Text(string name, string fallback) => Values.TryGetValue(name, out var v) ? v : fallback;
    public int Int(string name, int fallback) => int.Parse(Text(name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);
    public double Double(string name, double fallback) => double.Parse(Text(name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);
    public int[] Ints(string name, string fallback) => Text(name, fallback).Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
}
