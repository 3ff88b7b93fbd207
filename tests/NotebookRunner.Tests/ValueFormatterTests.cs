using NotebookRunner.Worker;

namespace NotebookRunner.Tests;

/// <summary>The kernel's formatting rules for values shown by display(...) or as a cell's result.</summary>
public sealed class ValueFormatterTests
{
    [Theory]
    [InlineData(null, "<null>")]
    [InlineData("text", "text")]
    [InlineData(1.5, "1.5")]
    [InlineData(new[] { 1, 2 }, "[ 1, 2 ]")]
    [InlineData(new[] { "a", null }, "[ a, <null> ]")]
    public void Values_print_as_the_kernel_prints_them(object? value, string expected)
    {
        Assert.Equal(expected, ValueFormatter.Format(value)["text/plain"]);
    }

    [Fact]
    public void Long_sequences_are_cut_after_twenty_items()
    {
        Assert.Equal("[ " + string.Join(", ", Enumerable.Range(0, 20)) + ", ... ]", ValueFormatter.Format(Enumerable.Range(0, 100).ToList())["text/plain"]);
    }

    [Fact]
    public void Html_displays_as_html_and_requested_mime_types_filter()
    {
        Assert.Equal("<i>x</i>", ValueFormatter.Format(new HtmlString("<i>x</i>"))["text/html"]);
        Assert.Equal(["text/plain"], ValueFormatter.Format("x", ["text/plain"]).Keys);
    }

    [Fact]
    public void The_output_cap_truncates_with_a_note()
    {
        var collector = new OutputCollector();
        collector.Begin(maxChars: 5);
        collector.Write("stdout", "0123456789");
        var outputs = collector.End();
        Assert.Equal("01234", outputs[0].Text);
        Assert.Equal("[output truncated: this cell wrote more than 5 characters]\n", outputs[1].Text);
    }
}
