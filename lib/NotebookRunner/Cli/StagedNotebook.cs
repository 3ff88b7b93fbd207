using System.Diagnostics;
using NotebookRunner.Notebooks;

namespace NotebookRunner.Cli;

/// <summary>The bytes git has staged for a file (`git cat-file blob :./NAME` run in the file's
/// folder): what the next commit stores.</summary>
public static class StagedNotebook
{
    public static byte[] Read(string fullPath, string name)
    {
        var info = new ProcessStartInfo("git")
        {
            WorkingDirectory = Path.GetDirectoryName(fullPath)!, RedirectStandardOutput =
                true, RedirectStandardError = true,
        };
        foreach (var argument in new[] { "cat-file", "blob", ":./" + Path.GetFileName(fullPath) })
            info.ArgumentList.Add(argument);
        using var process = Start(info, name);
        var error = process.StandardError.ReadToEndAsync();
        using var content = new MemoryStream();
        process.StandardOutput.BaseStream.CopyTo(content);
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new NotebookException(
                $"{name} is not staged in git ({error.Result.Trim()}): `git add` it first, or " +
                "check the working file without --staged.");
        return content.ToArray();
    }

    private static Process Start(ProcessStartInfo info, string name)
    {
        try
        {
            return Process.Start(info)
                ?? throw new NotebookException($"could not start git to read the staged {name}.");
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new NotebookException(
                $"--staged needs git on PATH to read the staged {name}: install git or drop " +
                "--staged.", 2);
        }
    }
}
