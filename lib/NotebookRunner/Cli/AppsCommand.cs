using NotebookRunner.FileApps;
using NotebookRunner.Notebooks;

namespace NotebookRunner.Cli;

/// <summary>
/// convert FOLDER --to cs [--out APPS] [--check] [--force]: writes (or checks) the file-based apps
/// of a notebook folder, both editions: the English in APPS, the Japanese (from the .ja.ipynb
/// twins) in APPS/ja.
/// </summary>
public static class AppsCommand
{
    public static int Run(string notebooks, string? apps, bool force, bool check)
    {
        var folder = Path.GetFullPath(notebooks);
        if (!Directory.Exists(folder))
            throw new NotebookException(
                $"{folder} is not a folder: --to cs converts a notebook folder (for example " +
                "`notebooks`).", 2);
        var target = Path.GetFullPath(apps
            ?? Path.Combine(Path.GetDirectoryName(folder.TrimEnd(Path.DirectorySeparatorChar))!,
                "apps"));
        if (check)
        {
            var stale = AppEdition.Stale(folder, target);
            foreach (var line in stale) Console.WriteLine(line);
            Console.WriteLine(stale.Count == 0 ? $"every app in {target} is in step with {folder}"
                : $"run `nbrun convert {notebooks} --to cs` to bring them in step");
            return stale.Count == 0 ? 0 : 1;
        }
        var written = AppEdition.Write(folder, target, force, Console.Out);
        Console.WriteLine($"{written} app{(written == 1 ? "" : "s")} written; the others were " +
            "already in step");
        return 0;
    }
}
