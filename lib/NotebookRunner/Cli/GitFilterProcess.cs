using NotebookRunner.Notebooks;

namespace NotebookRunner.Cli;

/// <summary>
/// `nbrun strip --git-filter-process`: git's long-running filter protocol, version 2
/// (gitattributes, "Long Running Filter Process"). git starts one process per command (git add, git
/// status, git diff, git checkout) and sends it every notebook it needs, so .NET starts once per
/// git command instead of once per file. "clean" (working copy → what git stores) strips; "smudge"
/// (checkout) hands the stored bytes back unchanged, because a required filter must answer both.
/// The working copy is never touched here. A notebook that is not valid JSON gets status=error and
/// a message on stderr naming it; with filter.nbstrip.required set (scripts/install-git-filter.sh
/// sets it) git then refuses to add it.
/// </summary>
public static class GitFilterProcess
{
    public static int Run(Stream input, Stream output, TextWriter errors)
    {
        var git = new PktLine(input, new BufferedStream(output, 1 << 16));
        Handshake(git);
        while (git.ReadTextList() is { } headers)
        {
            var content = git.ReadContent();
            var command = Header(headers, "command");
            var path = Header(headers, "pathname") ?? "(unnamed file)";
            if (command == "clean") Clean(git, content, path, errors);
            else if (command == "smudge") Reply(git, content);
            else
            {
                errors.WriteLine($"nbrun strip: git asked to {command} {path}; this filter only " +
                    "cleans and smudges.");
                git.WriteText("status=error");
            }
            git.Send();
        }
        return 0;
    }

    private static void Handshake(PktLine git)
    {
        var welcome = git.ReadTextList() ?? throw Misused("nothing");
        if (welcome.FirstOrDefault() != "git-filter-client" || !welcome.Contains("version=2"))
            throw Misused($"'{string.Join(" ", welcome)}'");
        git.WriteText("git-filter-server", "version=2");
        git.Send();
        var capabilities = git.ReadTextList()
            ?? throw new IOException("git closed the pipe before sending its capabilities.");
        if (!capabilities.Contains("capability=clean")
            || !capabilities.Contains("capability=smudge"))
            throw new IOException(
                $"git offered '{string.Join(" ", capabilities)}'; the filter needs clean and " +
                "smudge.");
        git.WriteText("capability=clean", "capability=smudge");
        git.Send();
    }

    private static void Clean(PktLine git, byte[] content, string path, TextWriter errors)
    {
        StrippedNotebook stripped;
        try
        {
            stripped = OutputStripper.Strip(content, path);
        }
        catch (NotebookException error)
        {
            errors.WriteLine($"nbrun strip: {error.Message}");
            git.WriteText("status=error");
            return;
        }
        Reply(git, stripped.Bytes);
    }

    /// <summary>Success, the content, and an empty list that keeps the status.</summary>
    private static void Reply(PktLine git, byte[] content)
    {
        git.WriteText("status=success");
        git.WriteContent(content);
        git.WriteFlush();
    }

    private static NotebookException Misused(string got) =>
        new("--git-filter-process expected git's filter handshake (git-filter-client, version=2) " +
            $"and got {got}: it is run by git " +
            "as filter.nbstrip.process (bash scripts/install-git-filter.sh sets that up), not by " +
            "hand.", 2);

    private static string? Header(List<string> headers, string key) =>
        headers.FirstOrDefault(h =>
            h.StartsWith(key + "=", StringComparison.Ordinal))?[(key.Length + 1)..];
}
