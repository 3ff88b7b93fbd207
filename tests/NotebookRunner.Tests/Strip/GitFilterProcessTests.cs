using System.Text;
using NotebookRunner.Cli;

namespace NotebookRunner.Tests.Strip;

/// <summary>
/// The filter's side of git's long-running filter protocol, fed the packets git sends (gitattributes, "Long Running
/// Filter Process"; git's t0021 test uses the same sequence): handshake, capabilities, then clean and smudge requests.
/// </summary>
public sealed class GitFilterProcessTests
{
    private static (List<byte[]?> Replies, string Errors) Serve(Action<PktLine> git)
    {
        var request = new MemoryStream();
        var writer = new PktLine(Stream.Null, request);
        writer.WriteText("git-filter-client", "version=2");
        writer.WriteText("capability=clean", "capability=smudge", "capability=delay");
        git(writer);
        request.Position = 0;
        var response = new MemoryStream();
        var errors = new StringWriter();
        Assert.Equal(0, GitFilterProcess.Run(request, response, errors));
        response.Position = 0;
        var reader = new PktLine(response, Stream.Null);
        var replies = new List<byte[]?>();
        while (reader.TryRead(out var data)) replies.Add(data);
        return (replies, errors.ToString());
    }

    private static List<string?> Text(IEnumerable<byte[]?> packets) => packets.Select(p => p is null ? null : Encoding.UTF8.GetString(p)).ToList();

    /// <summary>The packets up to the next flush, joined.</summary>
    private static byte[] Joined(IEnumerable<byte[]?> packets) => packets.TakeWhile(p => p is not null).SelectMany(p => p!).ToArray();

    private static void Send(PktLine git, string command, string path, byte[] content)
    {
        git.WriteText($"command={command}", $"pathname={path}");
        git.WriteContent(content);
    }

    [Fact]
    public void Handshake_offers_clean_and_smudge_then_a_clean_request_gets_the_stripped_notebook()
    {
        var run = StripFixtures.Bytes("vscode-run.ipynb");
        var (replies, errors) = Serve(git => Send(git, "clean", "notebooks/00.ipynb", run));
        var expected = new List<string?> { "git-filter-server\n", "version=2\n", null, "capability=clean\n", "capability=smudge\n", null,
            "status=success\n", null, Encoding.UTF8.GetString(StripFixtures.Bytes("vscode-run.clean.ipynb")), null, null };
        Assert.Equal(expected, Text(replies));
        Assert.Equal("", errors);
    }

    [Fact]
    public void Smudge_hands_back_what_git_stored_and_large_files_travel_in_several_packets()
    {
        var big = StripFixtures.Run(StripFixtures.Bytes("vscode-run.clean.ipynb"));
        big = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(big).Replace("\"Chart\"", "\"" + new string('x', 3 * PktLine.MaxData) + "\""));
        var (replies, _) = Serve(git =>
        {
            Send(git, "clean", "big.ipynb", big);
            Send(git, "smudge", "big.ipynb", big);
        });
        Assert.Equal(StripFixtures.Bytes("vscode-run.clean.ipynb"), Joined(replies.Skip(8)));
        var smudge = replies.Skip(8).SkipWhile(r => r is not null).Skip(2).ToList();
        Assert.Equal("status=success\n", Text(smudge)[0]);
        Assert.Equal(big, Joined(smudge.Skip(2)));
        var packets = smudge.Skip(2).TakeWhile(r => r is not null).ToList();
        Assert.True(packets.Count >= 4 && packets.All(p => p!.Length <= PktLine.MaxData), $"{packets.Count} packets for {big.Length} bytes");
    }

    [Fact]
    public void A_broken_notebook_gets_status_error_and_a_message_naming_it_and_the_next_file_still_works()
    {
        var (replies, errors) = Serve(git =>
        {
            Send(git, "clean", "notebooks/broken.ipynb", "{\"cells\": [ <<<<<<<"u8.ToArray());
            Send(git, "clean", "notebooks/ok.ipynb", StripFixtures.Bytes("jupyter-run-crlf.ipynb"));
        });
        Assert.Equal(new List<string?> { "status=error\n", null, "status=success\n", null }, Text(replies.Skip(6).Take(4)));
        Assert.Equal(StripFixtures.Bytes("jupyter-run-crlf.clean.ipynb"), Joined(replies.Skip(10)));
        Assert.StartsWith("nbrun strip: notebooks/broken.ipynb is not valid JSON", errors);
    }

    [Fact]
    public void Started_outside_git_it_says_how_it_is_meant_to_run()
    {
        var error = Assert.Throws<NotebookRunner.Notebooks.NotebookException>(() =>
            GitFilterProcess.Run(new MemoryStream("0009hello0000"u8.ToArray()), new MemoryStream(), new StringWriter()));
        Assert.Equal(2, error.ExitCode);
        Assert.Contains("got 'hello'", error.Message);
        Assert.Contains("bash scripts/install-git-filter.sh", error.Message);
    }
}
