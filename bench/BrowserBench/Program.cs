// The browser runner's budget (issue: runtime ≤ 12 MB compressed, first result ≤ 6 s after Run, later cells ≤ 0.3 s,
// lesson 09 ≤ 10× native), measured on an exported site served from this machine:
//   dotnet run --project bench/BrowserBench -- out/site [notebooks]
// A fresh Chromium profile each time, so the first load downloads everything. Prints the CPU and the load average,
// which these figures depend on.
using System.Diagnostics;
using System.Text.Json.Nodes;
using CellKernel;
using CourseKit.Testing;
using Microsoft.Playwright;

var site = Path.GetFullPath(args.Length > 0 ? args[0] : "out/site");
var notebooks = Path.GetFullPath(args.Length > 1 ? args[1] : "notebooks");
if (!File.Exists(Path.Combine(site, "runtime", "worker.js")))
{
    Console.Error.WriteLine($"{site} has no runtime/: export the site first (dotnet run --project lib/NotebookRunner -- run notebooks --html --offline).");
    return 2;
}
MachineInfo.Print();
Console.WriteLine($"load average at start: {File.ReadAllText("/proc/loadavg").Trim()}");

using var server = new StaticSite(site);
using var playwright = await HeadlessChromium.StartPlaywrightAsync();
await using var browser = await playwright.Chromium.LaunchPersistentContextAsync(
    Directory.CreateTempSubdirectory("browser-bench").FullName, HeadlessChromium.PersistentContextOptions(1280, 900));
var tab = await browser.NewPageAsync();
await tab.GotoAsync(server.Url + "01-perceptron.html", new() { WaitUntil = WaitUntilState.Load });
var pageBytes = server.BytesSent;
var clock = Stopwatch.StartNew();
await tab.EvaluateAsync("() => window.courseRunner.runUpTo(1)");
var firstResult = clock.Elapsed.TotalSeconds;
var runtimeBytes = server.BytesSent - pageBytes;
await tab.EvaluateAsync("() => window.courseRunner.runAll()");
var later = (await tab.EvaluateAsync<double?[]>("() => window.courseRunner.milliseconds()")).Skip(2).OfType<double>().Order().ToList();

var lesson = "09-training-a-network";
var page09 = await browser.NewPageAsync();
await page09.GotoAsync(server.Url + lesson + ".html", new() { WaitUntil = WaitUntilState.Load });
await page09.EvaluateAsync("() => window.courseRunner.start()");
await page09.EvaluateAsync("() => window.courseRunner.runAll()");
var inPage = (await page09.EvaluateAsync<double?[]>("() => window.courseRunner.milliseconds()")).OfType<double>().Sum() / 1000;

var native = await NativeAsync(Path.Combine(notebooks, lesson + ".ipynb"));
Console.WriteLine($"load average at end:   {File.ReadAllText("/proc/loadavg").Trim()}");
Console.WriteLine();
Console.WriteLine("| measure | budget | measured |");
Console.WriteLine("| --- | --- | --- |");
Console.WriteLine($"| runtime downloaded on the first Run (brotli where offered) | ≤ 12 MB | {runtimeBytes / 1e6:F1} MB |");
Console.WriteLine($"| first result after Run (lesson 01, cells 1–2, cold cache) | ≤ 6 s | {firstResult:F1} s |");
Console.WriteLine($"| each later cell of lesson 01 (median; slowest) | ≤ 0.3 s | {later[later.Count / 2] / 1000:F2} s; {later[^1] / 1000:F2} s |");
Console.WriteLine($"| lesson 09, all cells: page / native (same kernel code) | ≤ 10× | {inPage:F1} s / {native:F1} s = {inPage / native:F1}× |");
return 0;

// The same cells run natively by CellKernel in a fresh kernel, as the page's worker runs them.
static async Task<double> NativeAsync(string notebook)
{
    Directory.SetCurrentDirectory(Path.GetDirectoryName(notebook)!);
    var kernel = new Submissions(References.ForCourse());
    var cells = JsonNode.Parse(File.ReadAllText(notebook))!["cells"]!.AsArray()
        .Where(c => (string?)c!["cell_type"] == "code")
        .Select(c => string.Concat(c!["source"]!.AsArray().Select(l => (string?)l)));
    var total = 0.0;
    foreach (var cell in cells) total += (await kernel.RunAsync(cell)).Milliseconds;
    return total / 1000;
}
