using System.IO.Compression;
using System.Text;
using NotebookRunner.Assignments;
using NotebookRunner.Notebooks;
using NotebookRunner.Tests.Support;

namespace NotebookRunner.Tests.Browser;

/// <summary>
/// Nothing secret ships with the browser runtime: every file under site/runtime/ (the .NET assemblies as WebAssembly
/// files, the scripts, the boot data, each precompressed copy unpacked) is read as text, both as UTF-8 and as UTF-16 (how
/// .NET stores a string literal), and holds no hidden check's name, no solution line and no solution marker.
/// </summary>
[Collection(CourseRunCollection.Name)]
[Trait(Tier.Name, Tier.Full)]
public sealed class RuntimeLeakTests(CourseRun course)
{
    [Fact]
    public void No_file_the_runtime_loads_holds_a_solution_or_a_hidden_check()
    {
        var runtime = Path.Combine(course.Site, "runtime");
        var files = Directory.EnumerateFiles(runtime, "*", SearchOption.AllDirectories).ToList();
        Assert.Contains(files, f => Path.GetFileName(f).StartsWith("NeuralNetworks.", StringComparison.Ordinal));
        var assignments = Directory.EnumerateFiles(Path.Combine(CourseRun.Notebooks, "homework"), "*.ipynb").Order().Select(Assignment.Load).ToList();
        // A line some student version shows anyway (the written answer's example line, a helper handed out) is no secret.
        var shown = string.Join("\n", assignments.SelectMany(a => ((System.Text.Json.Nodes.JsonArray)Releaser.Release(a)["cells"]!)
            .Select(c => NotebookReader.Source(c!["source"]))));
        var secrets = assignments
            .SelectMany(a => AssignmentSecrets.HiddenCheckNames(a).Concat(AssignmentSecrets.Lines(a).Where(l => !shown.Contains(l, StringComparison.Ordinal))))
            // A hidden check's hint says what it tries: the report shows it once the check fails, never before.
            .Concat(assignments.SelectMany(a => a.Checks.Where(c => c.Hidden && !string.IsNullOrWhiteSpace(c.Hint)).Select(c => c.Hint!)))
            .Append("BEGIN SOLUTION").Append("HIDDEN CHECK")
            .SelectMany(s => new[] { (Secret: s, Bytes: Encoding.UTF8.GetBytes(s)), (Secret: s, Bytes: Encoding.Unicode.GetBytes(s)) })
            .ToList();
        Assert.True(secrets.Count > 100, $"only {secrets.Count} secrets read from the homework");
        foreach (var file in files)
        {
            var bytes = Unpacked(file);
            var plain = Path.ChangeExtension(file, null);
            if (file.EndsWith(".br", StringComparison.Ordinal) || file.EndsWith(".gz", StringComparison.Ordinal))
            {
                // A precompressed copy is the file it sits beside, so scanning that file scans this one.
                if (File.Exists(plain))
                {
                    Assert.True(bytes.AsSpan().SequenceEqual(File.ReadAllBytes(plain)), $"{file} is not {Path.GetFileName(plain)} compressed");
                    continue;
                }
            }
            foreach (var (secret, pattern) in secrets)
                Assert.False(bytes.AsSpan().IndexOf(pattern) >= 0, $"{Path.GetRelativePath(course.Site, file)} holds \"{secret}\"");
        }
    }

    private static byte[] Unpacked(string file)
    {
        using var stream = File.OpenRead(file);
        using Stream reader = Path.GetExtension(file) switch
        {
            ".br" => new BrotliStream(stream, CompressionMode.Decompress),
            ".gz" => new GZipStream(stream, CompressionMode.Decompress),
            _ => stream,
        };
        using var bytes = new MemoryStream();
        reader.CopyTo(bytes);
        return bytes.ToArray();
    }
}
