using NotebookRunner.Notebooks;

namespace NotebookRunner.Cli;

/// <summary>convert FILE --to ipynb|dib: writes the other format beside FILE; an existing target is
/// kept unless --force.</summary>
public static class ConvertCommand
{
    public static int Run(string file, string to, bool force)
    {
        var source = Path.GetFullPath(file);
        if (!File.Exists(source)) throw new NotebookException($"file not found: {source}", 2);
        var target = Path.ChangeExtension(source, "." + to);
        if (string.Equals(source, target, StringComparison.Ordinal))
            throw new NotebookException($"{source} is already a .{to} file: pick the other format.",
                2);
        if (File.Exists(target) && !force)
            throw new NotebookException($"{target} exists: pass --force to overwrite it.", 2);
        var text = to == "dib"
            ? DibFormat.FromNotebook(NotebookReader.Read(source))
            : NotebookWriter.ToText(DibFormat.ToDocument(File.ReadAllText(source), source));
        AtomicFile.WriteAllText(target, text);
        Console.WriteLine($"wrote {target}");
        return 0;
    }
}
