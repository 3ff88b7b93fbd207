using NotebookRunner.Reports;

namespace NotebookRunner.Tests.Reports;

/// <summary>
/// ConsoleText: on a terminal, whatever a submission chose is shown and never acted on: no ESC (so no CSI, OSC or other
/// sequence), no C0 or C1 control, no newline (one field stays on its line), no bidi control; ordinary text is unchanged.
/// </summary>
public sealed class ConsoleTextTests
{
    [Theory]
    [InlineData("\u001b[32mPoints 10/10\u001b[0m", "\\u001b[32mPoints 10/10\\u001b[0m")]
    [InlineData("\u001b[2K\u001b[1A\r", "\\u001b[2K\\u001b[1A\\r")]
    [InlineData("a\nPoints 10/10", "a\\nPoints 10/10")]
    [InlineData("\u001b]8;;https://x/\u0007", "\\u001b]8;;https://x/\\u0007")]
    [InlineData("\u009b2K", "\\u009b2K")]
    [InlineData("\u202eabc\u202c \u2066d\u2069 \u200e\u061c", "\\u202eabc\\u202c \\u2066d\\u2069 \\u200e\\u061c")]
    [InlineData("tab\there\u007f\0", "tab\\there\\u007f\\u0000")]
    [InlineData("line\u2028para\u2029", "line\\u2028para\\u2029")]
    [InlineData("σ(u) = 1 / (1 + e^(−u)) ✓ 0.5 — 日本語", "σ(u) = 1 / (1 + e^(−u)) ✓ 0.5 — 日本語")]
    [InlineData("", "")]
    public void Controls_are_shown_visibly_and_ordinary_text_is_unchanged(string text, string shown) =>
        Assert.Equal(shown, ConsoleText.Escape(text));

    [Theory]
    [MemberData(nameof(Payloads.All), MemberType = typeof(Payloads))]
    public void No_payload_keeps_a_character_a_terminal_acts_on(string payload)
    {
        var shown = ConsoleText.Escape(payload);
        Assert.DoesNotContain(shown, ConsoleText.IsUnsafe);
        Assert.DoesNotContain('\u001b', shown);
        Assert.DoesNotContain('\n', shown);
    }

    [Fact]
    public void Every_control_and_bidi_character_is_unsafe_and_nothing_else_is()
    {
        var unsafeOnes = Enumerable.Range(0, 0x10000).Select(i => (char)i).Where(ConsoleText.IsUnsafe).ToHashSet();
        var expected = Enumerable.Range(0, 0x20).Concat(Enumerable.Range(0x7f, 0x21)).Concat([0x2028, 0x2029, 0x061c, 0x200e, 0x200f])
            .Concat(Enumerable.Range(0x202a, 5)).Concat(Enumerable.Range(0x2066, 4)).Select(i => (char)i).ToHashSet();
        Assert.Equal(expected.Order(), unsafeOnes.Order());
    }
}
