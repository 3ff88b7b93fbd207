using NotebookRunner.Tests.Support;
using System.Text.RegularExpressions;
using NotebookRunner.Notebooks;

namespace NotebookRunner.Tests.Lessons;

/// <summary>
/// No code line in a lesson or homework notebook is wider than the code box: at most 90 characters, in code cells
/// and in the ```csharp blocks of markdown cells (the exercises' solutions).
/// </summary>
public sealed partial class CodeLineLengthTests
{
    private const int Limit = 90;

    public static TheoryData<string> Notebooks()
    {
        string folder = CourseRun.Notebooks;
        return new TheoryData<string>(Directory.GetFiles(folder, "*.ipynb", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal));
    }

    [Theory, MemberData(nameof(Notebooks))]
    public void No_code_line_is_longer_than_90_characters(string file)
    {
        var notebook = NotebookReader.Read(Path.Combine(CourseRun.Notebooks, file));
        var tooLong = notebook.Cells
            .SelectMany(c => CodeLines(c).Select(line => (c.Number, Line: line.TrimEnd())))
            .Where(l => l.Line.Length > Limit)
            .Select(l => $"cell {l.Number} ({l.Line.Length} characters): {l.Line}")
            .ToList();
        Assert.True(tooLong.Count == 0, $"{file}: code lines over {Limit} characters; break them:\n" + string.Join("\n", tooLong));
    }

    private static IEnumerable<string> CodeLines(NotebookCell cell) => cell.IsCode
        ? cell.Source.Split('\n')
        : Fence().Matches(cell.Source).SelectMany(m => m.Groups[1].Value.Split('\n'));

    [GeneratedRegex(@"```csharp\n(.*?)\n```", RegexOptions.Singleline)]
    private static partial Regex Fence();
}
