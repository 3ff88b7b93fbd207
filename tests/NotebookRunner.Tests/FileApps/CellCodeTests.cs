using NotebookRunner.FileApps;
using NotebookRunner.Notebooks;

namespace NotebookRunner.Tests.FileApps;

public sealed class CellCodeTests
{
    [Fact]
    public void A_cells_last_expression_is_displayed_and_its_types_move_to_the_end()
    {
        var code = CellCode.Read("#r \"../lib/X.dll\"\nusing System.Text;\nrecord Point(double X, double Y);\nvar p = new Point(1, 2);\np", "cell 3");

        Assert.Equal(["using System.Text;"], code.Usings);
        Assert.Equal(["record Point(double X, double Y);\n"], code.Types);
        Assert.Equal("var p = new Point(1, 2);\ndisplay(p);", code.Statements);
        Assert.False(code.DeclaresNothing);
    }

    [Fact]
    public void A_kernel_directive_stays_as_a_comment_and_a_statement_cell_declares_nothing()
    {
        var code = CellCode.Read("#!time\nConsole.WriteLine(1);", "cell 2");

        Assert.Equal("// #!time   (the app references the library itself)\nConsole.WriteLine(1);", code.Statements);
        Assert.True(code.DeclaresNothing);
    }

    [Fact]
    public void Code_a_file_based_app_cannot_hold_is_refused_with_the_cell_named()
    {
        var error = Assert.Throws<NotebookException>(() => CellCode.Read("public int Twice(int x) => 2 * x;", "notebooks/x.ipynb cell 4"));
        Assert.Contains("notebooks/x.ipynb cell 4", error.Message, StringComparison.Ordinal);
        Assert.Contains("public", error.Message, StringComparison.Ordinal);

        var broken = Assert.Throws<NotebookException>(() => CellCode.Read("var x = ;", "cell 5"));
        Assert.Contains("does not parse", broken.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(@"\frac{\partial E}{\partial w}", "∂E/∂w")]
    [InlineData(@"\sigma(u) = \frac{1}{1 + e^{-u}}", "σ(u) = 1/(1 + e^(-u))")]
    [InlineData(@"\sum_{i=0}^{2} w_i x_i", "Σ_(i=0)^2 w_i x_i")]
    [InlineData(@"\sqrt{x^2 + y^2} \le \text{the bound}", "√(x^2 + y^2) ≤ the bound")]
    [InlineData(@"f(u) = \begin{cases} 1 & u > 0 \\ 0 & u \le 0 \end{cases}", "f(u) = 1 u > 0 ; 0 u ≤ 0")]
    public void Math_becomes_text_a_comment_can_hold(string latex, string text) => Assert.Equal(text, MathText.Plain(latex));

    [Fact]
    public void Math_in_markdown_loses_its_dollars_and_keeps_the_prose() =>
        Assert.Equal("The step η = 0.1 and E = ½Σ(y - t)^2.", MathText.InMarkdown(@"The step $\eta = 0.1$ and $$E = ½\Sigma(y - t)^2.$$"));

    [Fact]
    public void A_name_declared_again_or_inside_a_block_is_renamed_with_every_use_the_kernel_binds_to_it()
    {
        var cells = Renames.Apply(
        [
            (2, "var w = 1;\nint Twice(int x) => 2 * x;"),
            (4, "{ var total = w + 1; Console.WriteLine(total); }"),
            (6, "var w = Twice(3);\nConsole.WriteLine(w);\nFunc<int, int> f = total => total + w;"),
            (8, "var total = w;"),
        ], []);

        Assert.Equal("var w = 1;\nint Twice(int x) => 2 * x;", cells[0].Source);
        Assert.True(cells[0].DeclaresForLater);
        Assert.Equal("{ var total_4 = w + 1; Console.WriteLine(total_4); }", cells[1].Source);
        Assert.Equal("var w_6 = Twice(3);\nConsole.WriteLine(w_6);\nFunc<int, int> f = total => total + w_6;", cells[2].Source);
        Assert.True(cells[2].DeclaresForLater);
        Assert.Equal("var total = w_6;", cells[3].Source);
        Assert.False(cells[3].DeclaresForLater);
    }
}
