using System.Runtime.InteropServices.JavaScript;
using System.Runtime.Versioning;
using System.Text.Json;
using System.Text.Json.Serialization;
using CellKernel;

namespace BrowserKernel;

/// <summary>
/// What the page's worker calls: run a cell, restart, and choose the folder a notebook runs in. The
/// course's files sit in the page's memory file system as in the repository (/course/data,
/// /course/bench/where-next, /course/notebooks, /course/notebooks/homework), so
/// <c>Dataset.LoadCsv("../data/iris.csv")</c> reads the same file from a lesson as in VS Code.
/// </summary>
[SupportedOSPlatform("browser")]
public static partial class Cells
{
    private const string Root = "/course";
    private static Submissions kernel = Fresh();

    public static void Main()
    {
        foreach (var name in typeof(Cells).Assembly.GetManifestResourceNames()
            .Where(n => n.Contains('/', StringComparison.Ordinal)))
        {
            var path = Path.Combine(Root, name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using var resource = typeof(Cells).Assembly.GetManifestResourceStream(name)!;
            using var file = File.Create(path);
            resource.CopyTo(file);
        }
        Directory.CreateDirectory(Path.Combine(Root, "notebooks", "homework"));
        Directory.SetCurrentDirectory(Path.Combine(Root, "notebooks"));
    }

    /// <summary>Runs one cell; the answer is the <see cref="CellRun"/> as JSON.</summary>
    [JSExport]
    public static async Task<string> Run(string code) =>
        JsonSerializer.Serialize(await kernel.RunAsync(code), CellRunJson.Default.CellRun);

    /// <summary>One frame of the live view a cell registered with animate(…); the answer is a
    /// CellRun as JSON.</summary>
    [JSExport]
    public static string Step(int steps) =>
        JsonSerializer.Serialize(kernel.Step(steps), CellRunJson.Default.CellRun);

    /// <summary>Forgets every variable and type: the next cell starts as the first.</summary>
    [JSExport]
    public static void Restart() => kernel = Fresh();

    /// <summary>The notebook's folder relative to the repository ("notebooks",
    /// "notebooks/homework").</summary>
    [JSExport]
    public static void Enter(string folder)
    {
        var path = Path.GetFullPath(Path.Combine(Root, folder));
        if (!path.StartsWith(Root + "/", StringComparison.Ordinal))
            throw new ArgumentException($"The notebook folder {folder} is outside the course.",
                nameof(folder));
        Directory.CreateDirectory(path);
        Directory.SetCurrentDirectory(path);
    }

    private static Submissions Fresh() => new(References.ForCourse());
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(CellRun))]
internal sealed partial class CellRunJson : JsonSerializerContext;
