using System.Text.RegularExpressions;
using CourseKit.Testing;
using NotebookRunner.Tests.Support;

namespace NotebookRunner.Tests;

/// <summary>
/// The committed text holds no merge left half-done: a line that starts a conflict marker (seven &lt;, = or &gt; at the
/// start of a line) in any tracked text file fails, naming the file and the line. Two such blocks once reached README
/// and the instructors' guide unnoticed.
/// </summary>
public sealed partial class RepositoryTextTests
{
    [Fact]
    public void No_tracked_file_holds_a_merge_conflict_marker()
    {
        var root = NodeAssets.RepositoryRoot();
        var listed = Shell.Run(root, "git", ["ls-files", "-z"]);
        Assert.True(listed.ExitCode == 0, listed.Both);
        var found = new List<string>();
        foreach (var file in listed.Output.Split('\0', StringSplitOptions.RemoveEmptyEntries))
        {
            var path = Path.Combine(root, file);
            if (!File.Exists(path) || new FileInfo(path).Length > 5_000_000) continue;
            var text = File.ReadAllText(path);
            if (text.Contains('\0')) continue;
            foreach (Match marker in Marker().Matches(text))
                found.Add($"{file}:{text[..marker.Index].Count(c => c == '\n') + 1}: {marker.Value.TrimEnd()}");
        }
        Assert.True(found.Count == 0, string.Join("\n", found));
    }

    [GeneratedRegex(@"^(<{7} |={7}\r?$|>{7} ).*$", RegexOptions.Multiline)]
    private static partial Regex Marker();
}
