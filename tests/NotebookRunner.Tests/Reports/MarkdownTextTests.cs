using System.Net;
using System.Text.RegularExpressions;
using Markdig;
using NotebookRunner.Export;
using NotebookRunner.Reports;

namespace NotebookRunner.Tests.Reports;

/// <summary>
/// MarkdownText: a student's text in the Markdown report renders as exactly that text (its controls made visible), in a
/// paragraph and in a table cell, by the kit's own Markdig pipeline (advanced extensions and math, a superset of GitHub's
/// syntax): no HTML element, link or image comes out of it, whatever the text.
/// </summary>
public sealed class MarkdownTextTests
{
    [Theory]
    [InlineData("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;")]
    [InlineData("<img src=x onerror=alert(1)>", "&lt;img src\\=x onerror\\=alert(1)&gt;")]
    [InlineData("![x](https://e.example/p.png)", "\\!\\[x\\](https\\://e.example/p.png)")]
    [InlineData("a | b", "a \\| b")]
    [InlineData("see www.e.example", "see www\\.e.example")]
    [InlineData("Sigmoid(2): expected 0.88 but got 0.5", "Sigmoid(2): expected 0.88 but got 0.5")]
    [InlineData("\u001b[32mPoints 10/10", "\\\\u001b\\[32mPoints 10/10")]
    [InlineData("AT&T", "AT&amp;T")]
    public void Markup_is_escaped(string text, string escaped) => Assert.Equal(escaped, MarkdownText.Escape(text));

    [Theory]
    [MemberData(nameof(Payloads.All), MemberType = typeof(Payloads))]
    public void Each_payload_renders_as_its_own_text_in_a_paragraph_and_in_a_table_cell(string payload)
    {
        AssertRendersAsText(payload);
    }

    /// <summary>Random strings of Markdown's punctuation, letters and spaces: the same holds for all of them.</summary>
    [Fact]
    public void Any_mix_of_markdown_punctuation_renders_as_its_own_text()
    {
        const string alphabet = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~ abwx.:/0123456789\u001b\n";
        var random = new Random(26);
        for (var n = 0; n < 3000; n++)
        {
            var text = new string(Enumerable.Range(0, random.Next(1, 24)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            AssertRendersAsText(text);
        }
    }

    private static void AssertRendersAsText(string text)
    {
        var shown = ConsoleText.Escape(text);
        var escaped = MarkdownText.Escape(text);
        var paragraph = Markdown.ToHtml($"- cell 3: {escaped}\n", MarkdownRendering.Pipeline);
        Assert.Equal(shown.Trim(), Text(paragraph, "li", "cell 3:"));
        var table = Markdown.ToHtml($"| check | message |\n| --- | --- |\n| a | {escaped} |\n", MarkdownRendering.Pipeline);
        Assert.Equal(shown.Trim(), Text(table, "td", null, index: 1));
        foreach (var html in new[] { paragraph, table })
            Assert.False(LiveMarkup.In(html), $"{text} → {escaped} → {html}");
    }

    /// <summary>The decoded text of the only (or the index-th) element of a tag, with any expected prefix taken off.</summary>
    private static string Text(string html, string tag, string? prefix, int index = 0)
    {
        var elements = Regex.Matches(html, $"<{tag}>(.*?)</{tag}>", RegexOptions.Singleline);
        Assert.True(elements.Count > index, html);
        var inner = elements[index].Groups[1].Value;
        Assert.DoesNotContain('<', inner);
        var text = WebUtility.HtmlDecode(inner).Trim();
        if (prefix is null) return text;
        Assert.StartsWith(prefix, text);
        return text[prefix.Length..].Trim();
    }
}
