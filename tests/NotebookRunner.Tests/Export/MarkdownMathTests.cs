using NotebookRunner.Export;

namespace NotebookRunner.Tests.Export;

/// <summary>
/// Formulas in markdown cells reach KaTeX whole, as Jupyter shows them: a "$$…$$" formula that runs over two lines of a
/// paragraph (homework 03's matrices, homework 08's loss) keeps every {…} group, and fenced code is left as it is.
/// </summary>
public sealed class MarkdownMathTests
{
    [Fact]
    public void A_display_formula_over_two_lines_of_a_paragraph_keeps_its_braces()
    {
        const string cell = "The map:\n\n$$f(x) = W_2\\,\\mathrm{ReLU}(W_1 x), \\qquad W_1 = \\begin{pmatrix} 1 & 2 \\end{pmatrix}, \\quad\n"
            + "W_2 = \\begin{pmatrix} 2 & -1 \\end{pmatrix}.$$\n\nThe cell below builds it.";
        var html = MarkdownRendering.ToHtml(cell);
        Assert.Contains("\\[f(x) = W_2\\,\\mathrm{ReLU}(W_1 x), \\qquad W_1 = \\begin{pmatrix} 1 &amp; 2 \\end{pmatrix}, \\quad W_2 = \\begin{pmatrix} 2 &amp; -1 \\end{pmatrix}.\\]", html);
    }

    [Fact]
    public void Inline_and_one_line_formulas_are_unchanged_and_fenced_code_keeps_its_lines()
    {
        const string code = "```csharp\nvar s = $$\"\"\"\n{{x}}\n\"\"\";\n```\n";
        Assert.Equal("a $x$ and $$y = 1$$ b", MarkdownRendering.JoinDisplayMath("a $x$ and $$y = 1$$ b"));
        Assert.Equal(code + "$$a b$$", MarkdownRendering.JoinDisplayMath(code + "$$a\nb$$"));
    }
}
