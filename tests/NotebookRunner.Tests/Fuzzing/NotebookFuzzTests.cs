using System.Security.Cryptography;
using NotebookRunner.Assignments;
using NotebookRunner.Judging;
using NotebookRunner.Notebooks;
using NotebookRunner.Tests.Support;

namespace NotebookRunner.Tests.Fuzzing;

/// <summary>
/// Damaged and hostile copies of every course notebook (lessons, appendices, homework sources; <see cref="NotebookMutator"/>)
/// through every door a file opens in the runner without a kernel: the git filter's stripper, the reader, the .dib
/// round trip, the .dib reader (the notebook written as .dib, then damaged), the grader's choice of cells, the
/// assignment parser and release. Each case must end in a result or a NotebookException whose message is one line
/// (what a user sees), never another exception, within 10 s, and the file is never changed. FuzzCases.Count cases (2,000 by default; scripts/fuzz.sh runs 100,000), the same ones on every run; a failure names the notebook and the seed that replay it.
/// </summary>
[Trait("Category", "Fuzz")]
[Trait(Tier.Name, Tier.Full)]
public sealed class NotebookFuzzTests
{
    private static readonly (string Name, byte[] Bytes)[] Corpus = Directory
        .GetFiles(CourseRun.Notebooks, "*.ipynb", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
        .Select(p => (Path.GetRelativePath(CourseRun.Notebooks, p), File.ReadAllBytes(p))).ToArray();

    /// <summary>The grader's question "which course library file does this #r path load?": here, only NeuralNetworks.dll.</summary>
    private static string? Library(string path) =>
        Path.GetFileName(path) == "NeuralNetworks.dll" ? "NeuralNetworks.dll" : null;

    [Fact]
    public void Every_damaged_notebook_ends_in_a_result_or_a_one_line_error_and_is_never_changed()
    {
        var folder = Nbrun.TempFolder();
        int cases = 0, read = 0, dibs = 0, dibsRead = 0;
        foreach (var (index, seed) in FuzzCases.Seeds(Corpus.Length))
        {
            var bytes = NotebookMutator.Mutate(Corpus[index].Bytes, seed);
            var path = Path.Combine(folder, $"case-{Environment.CurrentManagedThreadId}.ipynb");
            File.WriteAllBytes(path, bytes);
            var before = SHA256.HashData(bytes);
            var failure = FuzzCases.Within(TimeSpan.FromSeconds(10), () => ThroughEveryDoor(path, bytes, seed), out var outcome);
            Assert.True(failure is null, $"{Corpus[index].Name} mutated with seed {seed}: {failure}");
            Assert.True(before.AsSpan().SequenceEqual(SHA256.HashData(File.ReadAllBytes(path))), $"{Corpus[index].Name} seed {seed}: the file was changed");
            cases++;
            if (outcome.Read) read++;
            if (outcome.Dib is { } dibRead) { dibs++; if (dibRead) dibsRead++; }
        }
        Assert.Equal(FuzzCases.Count, cases);
        Console.WriteLine($"fuzz: {cases} damaged notebooks: {cases - read} refused by the reader with a one-line error, {read} read and taken through the rest");
        Console.WriteLine($"fuzz: {dibs} of them written as .dib and damaged: {dibs - dibsRead} refused by the reader with a one-line error, {dibsRead} read and taken through the rest");
    }

    /// <summary>Read: whether the reader took the file (and it went on through the other doors). Dib: null when it was
    /// not written as .dib, else whether the damaged .dib was read.</summary>
    private static (bool Read, bool? Dib) ThroughEveryDoor(string path, byte[] bytes, int seed)
    {
        try
        {
            var stripped = OutputStripper.Strip(bytes, path);
            var again = OutputStripper.Strip(stripped.Bytes, path);
            if (!again.Bytes.AsSpan().SequenceEqual(stripped.Bytes) || again.Changed)
                throw new InvalidOperationException("stripping a stripped notebook changed it");
        }
        catch (NotebookException error) { FuzzCases.OneLine(error); }

        if (Read(path) is not { } notebook) return (false, null);
        string? dib = null;
        try { NotebookReader.FromDocument(path, DibFormat.ToDocument(dib = DibFormat.FromNotebook(notebook))); }
        catch (NotebookException error) { FuzzCases.OneLine(error); }
        bool? dibRead = dib is null ? null : ThroughTheDibReader(Path.ChangeExtension(path, ".dib"), NotebookMutator.MutateDib(dib, seed));
        ThroughTheGrader(notebook);
        return (true, dibRead);
    }

    /// <summary>The notebook at path as the reader takes it, or null when it refused it with a one-line error.</summary>
    private static Notebook? Read(string path)
    {
        try { return NotebookReader.Read(path, 20L << 20); }
        catch (NotebookException error) { FuzzCases.OneLine(error); return null; }
    }

    /// <summary>What the grader and release do with a notebook the reader took: choose the submission's cells, parse
    /// the assignment, release it.</summary>
    private static void ThroughTheGrader(Notebook notebook)
    {
        SubmissionCells.Select(notebook, Library);
        try { Releaser.Release(AssignmentParser.Parse(notebook)); }
        catch (NotebookException error) { FuzzCases.OneLine(error); }
    }

    /// <summary>The notebook written as .dib, damaged (<see cref="NotebookMutator.MutateDib"/>), read as a .dib file is
    /// (nbrun run and convert take .dib), and, when read, taken through the grader's choice of cells and release; the
    /// file is never changed. True when the reader took it.</summary>
    private static bool ThroughTheDibReader(string path, byte[] bytes)
    {
        File.WriteAllBytes(path, bytes);
        var notebook = Read(path);
        if (notebook is not null) ThroughTheGrader(notebook);
        if (!bytes.AsSpan().SequenceEqual(File.ReadAllBytes(path))) throw new InvalidOperationException("the .dib file was changed");
        return notebook is not null;
    }
}
