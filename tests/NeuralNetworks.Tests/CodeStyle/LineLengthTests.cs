using CourseKit.Testing;

namespace NeuralNetworks.Tests.CodeStyle;

/// <summary>
/// No line of lib/ is wider than 100 characters, the <c>max_line_length</c> that .editorconfig
/// gives <c>*.cs</c>: students read the library in an editor beside a lesson, code from it is
/// quoted in the site's 90-character code boxes, and the runner, kernels and probe are read the
/// same way. A character is one UTF-16 unit, as .NET's <see cref="string.Length"/> counts it, so
/// σ, ∂, → and a Japanese character count one each.
/// </summary>
public sealed class LineLengthTests
{
    private const int Limit = 100;

    private static readonly string[] Projects =
        ["NeuralNetworks", "NotebookRunner", "CellKernel", "GradingProbe", "BrowserKernel"];

    private static readonly string Root = NodeAssets.RepositoryRoot();

    [Fact]
    public void No_line_of_lib_is_longer_than_100_characters()
    {
        var tooLong = SourceFiles()
            .SelectMany(file => File.ReadLines(Path.Combine(Root, file))
                .Select((line, index) => (File: file, Number: index + 1, line.Length)))
            .Where(l => l.Length > Limit)
            .Select(l => $"{l.File}:{l.Number}: {l.Length} characters")
            .ToList();
        Assert.True(tooLong.Count == 0,
            $"{tooLong.Count} lines over {Limit} characters; wrap them:\n"
            + string.Join("\n", tooLong));
    }

    /// <summary>An oracle for the search itself: it finds every project's files, and only
    /// those.</summary>
    [Fact]
    public void The_search_finds_the_sources_of_lib_outside_bin_and_obj()
    {
        var files = SourceFiles().ToList();
        Assert.Contains("lib/NeuralNetworks/Autograd/Value.cs", files);
        Assert.Contains("lib/NotebookRunner/Program.cs", files);
        Assert.All(Projects, p =>
            Assert.Contains(files, f => f.StartsWith($"lib/{p}/", StringComparison.Ordinal)));
        Assert.DoesNotContain(files, f => f.Contains("/bin/", StringComparison.Ordinal)
            || f.Contains("/obj/", StringComparison.Ordinal));
    }

    private static IEnumerable<string> SourceFiles() =>
        Projects.SelectMany(project =>
        {
            var folder = Path.Combine(Root, "lib", project);
            return Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
                .Where(f => !f.StartsWith("bin/", StringComparison.Ordinal)
                    && !f.StartsWith("obj/", StringComparison.Ordinal))
                .Select(f => $"lib/{project}/{f}");
        })
        .Order(StringComparer.Ordinal);
}
