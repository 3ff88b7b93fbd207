using System.CommandLine;
using System.Text;
using NotebookRunner.Notebooks;

namespace NotebookRunner.Cli;

/// <summary>
/// strip PATHS: empties each notebook's outputs and execution counts in place, every other byte
/// kept (OutputStripper). --check writes nothing and exits 1 naming the notebooks that have
/// outputs; --staged checks what git has staged instead of the working file (the pre-commit hook);
/// --git-filter-process serves git as the nbstrip clean filter. Exit codes: 0 done or clean, 1
/// outputs found (--check) or a notebook could not be read, 2 bad arguments.
/// </summary>
public static class StripCommand
{
    private static readonly UTF8Encoding StrictUtf8 =
        new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static Command Verb()
    {
        var paths = new Argument<string[]>("paths")
        {
            Arity = ArgumentArity.ZeroOrMore,
            Description = "Notebooks or folders (searched for *.ipynb)"
        };
        var check = new Option<bool>(
            "--check")
        {
            Description =
                "Write nothing; exit 1 and name the notebooks that have outputs"
        };
        var staged = new Option<bool>(
            "--staged")
        {
            Description =
                "With --check: check the content staged in git, not the working file"
        };
        var filter = new Option<bool>(
            "--git-filter-process")
        {
            Description =
                "Serve git as a long-running clean filter (set by scripts/install-git-filter.sh)"
        };
        var command = new Command("strip",
            "Remove outputs and execution counts from notebooks, keeping every other " +
            "byte.") { paths, check, staged, filter };
        command.SetAction(result => result.GetValue(filter)
            ? GitFilterProcess.Run(Console.OpenStandardInput(), Console.OpenStandardOutput(),
                Console.Error)
            : Run(result.GetValue(paths) ?? [], result.GetValue(check), result.GetValue(staged)));
        return command;
    }

    public static int Run(string[] paths, bool check, bool staged)
    {
        if (paths.Length == 0)
            throw new NotebookException(
                "give the notebooks or folders to strip, e.g. nbrun strip notebooks", 2);
        if (staged && !check)
            throw new NotebookException(
                "--staged reads what git has staged, which strip never changes: add --check.", 2);
        var files = NotebookFinder.Find(paths);
        var withOutputs = new List<string>();
        var failed = 0;
        foreach (var file in files)
        {
            var name = Path.GetRelativePath(Environment.CurrentDirectory, file.FullPath);
            try
            {
                var stripped = OutputStripper.Strip(staged
                    ? StagedNotebook.Read(file.FullPath, name) : File.ReadAllBytes(file.FullPath),
                        name);
                if (!stripped.Changed) continue;
                if (!check) AtomicFile.WriteAllText(file.FullPath, Text(stripped.Bytes, name));
                withOutputs.Add(name);
                Console.WriteLine($"{(check ? "has outputs:" : "stripped")} {name} " +
                    $"({stripped.Outputs} outputs, {stripped.ExecutionCounts} execution counts)");
            }
            catch (NotebookException error)
            {
                Console.Error.WriteLine($"nbrun: {error.Message}");
                failed++;
            }
        }
        Summary(files.Count - failed, withOutputs, check, staged);
        if (failed > 0) Console.Error.WriteLine(
            $"nbrun: {failed} of {files.Count} notebooks could not be read and were left as they " +
            "were.");
        return failed > 0 || (check && withOutputs.Count > 0) ? 1 : 0;
    }

    private static void Summary(int total, List<string> withOutputs, bool check, bool staged)
    {
        var where = staged ? "staged " : "";
        if (withOutputs.Count == 0)
            Console.WriteLine(
                $"no outputs found in {total} {where}notebook{(total == 1 ? "" : "s")}");
        else if (!check) Console.WriteLine($"stripped {withOutputs.Count} of {total} notebooks");
        else
            Console.WriteLine($"{withOutputs.Count} of {total} {where}notebooks have outputs: " +
                $"run `nbrun strip {string.Join(" ", withOutputs)}`" +
                (staged ? " and `git add` them again, or install the git filter once (bash " +
                    "scripts/install-git-filter.sh) and `git add` again."
                        : ", or install the git filter (bash scripts/install-git-filter.sh) so " +
                        "git stores notebooks without them."));
    }

    /// <summary>The bytes as text for AtomicFile; a BOM stays a U+FEFF character and is written
    /// back as the same three bytes.</summary>
    private static string Text(byte[] bytes, string name)
    {
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw new NotebookException(
                $"{name} is not UTF-8 text: nothing was changed; re-save it from the editor as " +
                "UTF-8.");
        }
    }
}
