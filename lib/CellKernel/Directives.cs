using System.Text.RegularExpressions;

namespace CellKernel;

/// <summary>
/// The lines of a cell that are not C# but instructions to the kernel: <c>#r</c>, <c>#!time</c> and
/// other magic commands, <c>#load</c>, <c>#i</c>. The course library is already loaded in the page,
/// so its <c>#r</c> lines are accepted silently; <c>#!time</c> times the cell as the kernel does;
/// anything else the page cannot do is reported in one line that names it. Each such line becomes
/// an empty line, so compiler positions still match the cell.
/// </summary>
public static partial class Directives
{
    /// <summary>The assemblies a course notebook loads by <c>#r</c>, all already in the
    /// page.</summary>
    public static readonly string[] Preloaded = ["NeuralNetworks.dll", "MathNet.Numerics.dll"];

    /// <param name="Code">The cell with every directive line blanked.</param>
    /// <param name="Timed">The cell asked for <c>#!time</c>.</param>
    /// <param name="Messages">One line for each directive the page cannot carry out.</param>
    public sealed record Reading(string Code, bool Timed, IReadOnlyList<string> Messages);

    public static Reading Read(string cell)
    {
        var lines = cell.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var timed = false;
        var messages = new List<string>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (!line.StartsWith('#') || !IsDirective(line))
                continue;
            if (line == "#!time")
                timed = true;
            else if (Reference().Match(line) is { Success: true } reference)
                messages.AddRange(ReferenceMessage(reference.Groups[1].Value));
            else
                messages.Add($"{line}: the browser cannot run this directive; run the notebook " +
                    "in VS Code or Jupyter.");
            lines[i] = "";
        }
        return new Reading(string.Join("\n", lines), timed, messages);
    }

    private static bool IsDirective(string line) =>
        line.StartsWith("#!", StringComparison.Ordinal)
        || line.StartsWith("#r ", StringComparison.Ordinal)
        || line.StartsWith("#load ", StringComparison.Ordinal)
        || line.StartsWith("#i ", StringComparison.Ordinal);

    private static IEnumerable<string> ReferenceMessage(string target)
    {
        if (Preloaded.Any(name => target.EndsWith(name, StringComparison.OrdinalIgnoreCase)))
            yield break;
        if (target.StartsWith("nuget:", StringComparison.OrdinalIgnoreCase))
            yield return $"#r \"{target}\": the browser cannot load NuGet packages; run this " +
                "notebook in VS Code or Jupyter.";
        else
            yield return $"#r \"{target}\": the browser has only the course library; run this " +
                "notebook in VS Code or Jupyter.";
    }

    [GeneratedRegex("^#r\\s+\"([^\"]*)\"")]
    private static partial Regex Reference();
}
