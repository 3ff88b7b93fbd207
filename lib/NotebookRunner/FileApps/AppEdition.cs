using System.Security.Cryptography;
using System.Text;
using NotebookRunner.Assignments;
using NotebookRunner.Notebooks;

namespace NotebookRunner.FileApps;

/// <summary>
/// The edition of file-based apps: one app per lesson in apps/, one per homework's released
/// (student) version in apps/homework/, generated from notebooks/ and kept in step with it
/// (<see cref="Stale"/>); and the same from the Japanese twins (NAME.ja.ipynb) in apps/ja/ and
/// apps/ja/homework/, named as the English apps are. Each app ends with a stamp line (a hash of the
/// lines above it), so converting again never overwrites an app someone has edited by hand.
/// </summary>
public static class AppEdition
{
    private const string StampPrefix = "// nbrun convert: sha256 ";

    /// <summary>The editions convert writes, each into its own folder
    /// (<see cref="FolderOf"/>).</summary>
    public static readonly IReadOnlyList<string> Editions = [Edition.English, Edition.Japanese];

    /// <summary>Where an edition's apps go: the English in <paramref name="apps"/>, the Japanese in
    /// its ja/ folder.</summary>
    public static string FolderOf(string apps, string edition) =>
        edition == Edition.Japanese ? Path.Combine(Path.GetFullPath(apps), Edition.Japanese)
            : Path.GetFullPath(apps);

    /// <summary>Every app <paramref name="notebooks"/> gives in every edition, as (full path,
    /// text), and the notebooks that give none, with why.</summary>
    public static (IReadOnlyList<(string File, string Text)> Apps,
        IReadOnlyList<string> Skipped) Build(string notebooks, string apps)
    {
        var editions = Editions.Select(edition => Build(notebooks, apps, edition)).ToList();
        return (editions.SelectMany(e => e.Apps).ToList(), editions.SelectMany(e => e.Skipped)
            .ToList());
    }

    /// <summary>
    /// The apps of one <paramref name="edition"/> (en or ja). A Japanese app is named as its
    /// English twin's app (01-perceptron.ja.ipynb gives apps/ja/01-perceptron.cs) and works in that
    /// app's folder (<see cref="AppPlace.WorkIn"/>).
    /// </summary>
    public static (IReadOnlyList<(string File, string Text)> Apps,
        IReadOnlyList<string> Skipped) Build(string notebooks, string apps, string edition)
    {
        var root = Path.GetDirectoryName(Path.GetFullPath(notebooks)
            .TrimEnd(Path.DirectorySeparatorChar))!;
        var words = AppWords.For(edition);
        var built = new List<(string, string)>();
        var skipped = new List<string>();
        foreach (var file in NotebookFinder.Find([notebooks], edition)
            .Where(f => f.FullPath.EndsWith(".ipynb", StringComparison.Ordinal)))
        {
            var relative = file.RelativePath.Replace('\\', '/');
            var notebook = NotebookReader.Read(file.FullPath);
            if (notebook.Cells.Any(c => c.IsCode
                && c.Source.Contains("#r \"nuget:", StringComparison.Ordinal)))
            {
                skipped.Add($"{relative}: it loads NuGet packages into the kernel (#r \"nuget: " +
                    "…\"), which only a notebook can");
                continue;
            }
            if (file.IsHomework)
                notebook =
                    NotebookReader.FromDocument(file.FullPath,
                        Releaser.Release(Assignment.Load(file.FullPath)));
            var name = Path.ChangeExtension(file.RelativePath, null);
            if (edition == Edition.Japanese) name = Path.ChangeExtension(name, null);
            var target = Path.Combine(FolderOf(apps, edition), name + ".cs");
            var english = Path.Combine(FolderOf(apps, Edition.English), name + ".cs");
            var place = new AppPlace(
                Origin: Path.GetRelativePath(root, file.FullPath).Replace('\\', '/') +
                (file.IsHomework ? words.ReleasedVersion : ""),
                Folder: Path.GetDirectoryName(target)!,
                RunPath: Path.GetRelativePath(root, target).Replace('\\', '/'),
                ContinueAfterErrors: file.IsHomework)
            {
                Edition = edition,
                WorkIn = Path.GetRelativePath(Path.GetDirectoryName(target)!,
                    Path.GetDirectoryName(english)!).Replace('\\', '/'),
            };
            built.Add((target, Stamped(AppWriter.Write(notebook, place))));
        }
        return (built, skipped);
    }

    /// <summary>
    /// Writes the apps; an app whose stamp no longer matches its text was edited by hand and is
    /// kept (the error names it) unless <paramref name="force"/>. Returns the number of apps
    /// written.
    /// </summary>
    public static int Write(string notebooks, string apps, bool force, TextWriter log)
    {
        var (built, skipped) = Build(notebooks, apps);
        var edited = built.Where(a => File.Exists(a.File) && !force
            && !IsUntouched(File.ReadAllText(a.File))).Select(a => a.File).ToList();
        if (edited.Count > 0)
            throw new NotebookException(
                $"{string.Join(", ", edited)} {(edited.Count == 1 ? "was" : "were")} edited by " +
                "hand, so convert leaves "
                + "them as they are: copy your changes elsewhere (or into the notebook), then " +
                "convert with --force.", 1);
        var written = 0;
        foreach (var (file, text) in built)
        {
            if (File.Exists(file) && File.ReadAllText(file) == text) continue;
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            AtomicFile.WriteAllText(file, text);
            log.WriteLine($"wrote {file}");
            written++;
        }
        foreach (var reason in skipped) log.WriteLine($"no app for {reason}");
        return written;
    }

    /// <summary>What is out of step: an app missing, differing from what its notebook gives, or
    /// left without a notebook.</summary>
    public static IReadOnlyList<string> Stale(string notebooks, string apps)
    {
        var (built, _) = Build(notebooks, apps);
        var expected = built.Select(a => a.File).ToHashSet(StringComparer.Ordinal);
        var problems = built
            .Where(a => !File.Exists(a.File) || File.ReadAllText(a.File) != a.Text)
            .Select(a => File.Exists(a.File) ? $"{a.File} differs from what its notebook gives"
                : $"{a.File} is missing")
            .ToList();
        if (Directory.Exists(apps))
            problems.AddRange(Directory.EnumerateFiles(apps, "*.cs", SearchOption.AllDirectories)
                .Where(f => !expected.Contains(Path.GetFullPath(f)))
                .Select(f => $"{f} has no notebook that gives it"));
        return problems;
    }

    /// <summary>The text with its stamp line appended.</summary>
    public static string Stamped(string text) => text + StampPrefix + Hash(text) + "\n";

    /// <summary>The app's stamp matches its text: nobody edited it since convert wrote
    /// it.</summary>
    public static bool IsUntouched(string app)
    {
        var at = app.LastIndexOf(StampPrefix, StringComparison.Ordinal);
        return at >= 0 && app[(at + StampPrefix.Length)..].Trim() == Hash(app[..at]);
    }

    private static string Hash(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
}
