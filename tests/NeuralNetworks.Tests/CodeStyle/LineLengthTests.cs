using CourseKit.Testing;

namespace NeuralNetworks.Tests.CodeStyle;

/// <summary>
/// No line of the library is wider than 100 characters, the <c>max_line_length</c> that .editorconfig
/// gives <c>*.cs</c>: students read lib/NeuralNetworks in an editor beside a lesson, and code from it
/// is quoted in the site's 90-character code boxes. A character is one UTF-16 unit, as .NET's
/// <see cref="string.Length"/> counts it, so σ, ∂ and → count one each.
/// </summary>
public sealed class LineLengthTests
{
    private const int Limit = 100;

    private static readonly string Library =
        Path.Combine(NodeAssets.RepositoryRoot(), "lib", "NeuralNetworks");

    [Fact]
    public void No_line_of_the_library_is_longer_than_100_characters()
    {
        var tooLong = SourceFiles()
            .SelectMany(file => File.ReadLines(Path.Combine(Library, file))
                .Select((line, index) => (File: file, Number: index + 1, line.Length)))
            .Where(l => l.Length > Limit)
            .Select(l => $"lib/NeuralNetworks/{l.File}:{l.Number}: {l.Length} characters")
            .ToList();
        Assert.True(tooLong.Count == 0,
            $"{tooLong.Count} lines over {Limit} characters; wrap them:\n"
            + string.Join("\n", tooLong));
    }

    /// <summary>An oracle for the search itself: it finds the library's files, and only those.</summary>
    [Fact]
    public void The_search_finds_the_library_s_sources_outside_bin_and_obj()
    {
        var files = SourceFiles().ToList();
        Assert.Contains("Autograd/Value.cs", files);
        Assert.DoesNotContain(files, f => f.StartsWith("bin/", StringComparison.Ordinal)
            || f.StartsWith("obj/", StringComparison.Ordinal));
    }

    private static IEnumerable<string> SourceFiles() =>
        Directory.EnumerateFiles(Library, "*.cs", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Library, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith("bin/", StringComparison.Ordinal)
                && !f.StartsWith("obj/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
}
