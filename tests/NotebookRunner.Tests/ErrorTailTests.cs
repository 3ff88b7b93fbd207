using System.Text;
using NotebookRunner.Kernel;

namespace NotebookRunner.Tests;

/// <summary>
/// A kernel's stderr is drained to its end and only its last bytes are kept: 64 MB without a newline leave the tail of
/// what was written, and short text is kept whole, characters intact.
/// </summary>
public sealed class ErrorTailTests
{
    [Fact]
    public async Task Sixty_four_megabytes_without_a_newline_leave_only_their_last_bytes()
    {
        var flood = new byte[64 << 20];
        Array.Fill(flood, (byte)'e');
        var end = Encoding.UTF8.GetBytes("the kernel's last words");
        var tail = ErrorTail.Start(new MemoryStream([.. flood, .. end]));
        await tail.Drained.WaitAsync(TimeSpan.FromSeconds(60));
        Assert.EndsWith("the kernel's last words", tail.Text);
        Assert.Equal(ErrorTail.KeptBytes, tail.Text.Length);
    }

    [Fact]
    public async Task Short_text_is_kept_whole()
    {
        var tail = ErrorTail.Start(new MemoryStream(Encoding.UTF8.GetBytes("  σ′(u) = σ(u)(1 − σ(u))\nUnhandled exception.\n")));
        await tail.Drained.WaitAsync(TimeSpan.FromSeconds(60));
        Assert.Equal("σ′(u) = σ(u)(1 − σ(u))\nUnhandled exception.", tail.Text);
    }
}
