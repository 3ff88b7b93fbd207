using System.Diagnostics;
using System.Globalization;
using NeuralNetworks.Charts;

// Times ToJson (and ToHtml) of two large figures: a 200×200 surface and a 100,000-point scatter.
// Each case is built once, serialised 3 times to warm up, then timed over 15 runs; the median is printed.
const int warmUp = 3, runs = 15;

var surface = Chart.Surface((x, y) => Math.Sin(x) * Math.Cos(y), -5, 5, -5, 5, resolution: 200);
var random = new Random(42);
double[] px = Enumerable.Range(0, 100_000).Select(_ => random.NextDouble()).ToArray();
double[] py = Enumerable.Range(0, 100_000).Select(_ => random.NextDouble()).ToArray();
var scatter = Chart.Scatter(px, py, name: "100k points");

Report("surface 200×200, ToJson", () => surface.ToJson());
Report("scatter 100,000 points, ToJson", () => scatter.ToJson());
Report("scatter 100,000 points, ToHtml", () => scatter.ToHtml());

void Report(string name, Func<string> work)
{
    int length = 0;
    for (int i = 0; i < warmUp; i++)
        length = work().Length;
    var times = new double[runs];
    for (int i = 0; i < runs; i++)
    {
        var clock = Stopwatch.StartNew();
        work();
        times[i] = clock.Elapsed.TotalMilliseconds;
    }
    Array.Sort(times);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{name,-34} median {times[runs / 2],8:F1} ms  (min {times[0]:F1}, max {times[^1]:F1}; {length / 1024.0:F0} KiB, {runs} runs)"));
}
