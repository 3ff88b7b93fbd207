using NotebookRunner.Assignments;
using NotebookRunner.Notebooks;

namespace NotebookRunner.Tests.Grading;

/// <summary>
/// A check's hint: the <c>// HINT:</c> line right after its header, all a student's report says of a failed hidden check
/// besides its name. The parser reads it (an empty one is an error naming the cell and line), every hidden check of the
/// course's assignments has one that fits the 90-character line and has its Japanese in the library's catalog (a Japanese
/// class's report says it), and grading runs visible checks before hidden ones.
/// </summary>
public sealed class CheckHintTests
{
    [Fact]
    public void The_line_after_a_checks_header_is_its_hint()
    {
        var assignment = Parse("#!csharp\n\n// HIDDEN CHECK twice-negative (3 points)\n// HINT: Negative numbers double too.\nvar y = 2 * -1;\n"
                               + "\n#!csharp\n\n// CHECK twice (1 point)\nvar z = 2;\n// HINT: not right after the header\n"
                               + "\n#!csharp\n\n// ANSWER MEMBERS: none.\nAnswerMembers.Declare();\n");
        Assert.Equal("Negative numbers double too.", assignment.Checks[0].Hint);
        Assert.Null(assignment.Checks[1].Hint);
    }

    [Fact]
    public void An_empty_hint_is_rejected_naming_the_cell_and_line()
    {
        var error = Assert.Throws<NotebookException>(() => Parse("#!csharp\n\n// HIDDEN CHECK twice (1 point)\n// HINT:\nvar y = 2;\n"));
        Assert.Contains("broken.ipynb cell 1, line 2", error.Message);
        Assert.Contains("// HINT: line is empty", error.Message);
    }

    public static TheoryData<string> Assignments() => new(CourseCopy.Names);

    [Theory]
    [MemberData(nameof(Assignments))]
    public void Every_hidden_check_of_the_course_has_a_hint(string name)
    {
        var assignment = Assignment.Load(Path.Combine(CourseCopy.Repository, "notebooks", "homework", name + ".ipynb"));
        Assert.All(assignment.Checks.Where(c => c.Hidden), c =>
        {
            Assert.False(string.IsNullOrWhiteSpace(c.Hint), $"{name}: hidden check {c.Name} has no // HINT: line after its header");
            Assert.True(("// HINT: " + c.Hint).Length <= 90, $"{name}: the hint of {c.Name} is longer than a 90-character line");
        });
    }

    [Theory]
    [MemberData(nameof(Assignments))]
    public void Every_hidden_checks_hint_has_its_japanese_in_the_librarys_catalog(string name)
    {
        var assignment = Assignment.Load(Path.Combine(CourseCopy.Repository, "notebooks", "homework", name + ".ipynb"));
        Assert.All(assignment.Checks.Where(c => c.Hidden), c =>
        {
            var japanese = NotebookRunner.Reports.HiddenCheckHints.Japanese.Find(c.Hint!);
            Assert.True(japanese is not null && japanese != c.Hint,
                $"{name}: the hint of hidden check {c.Name} has no Japanese in lib/NotebookRunner/Reports/ja.hints.txt: \"{c.Hint}\"");
        });
    }

    [Fact]
    public void Grading_runs_the_visible_checks_first_then_the_hidden_ones_each_in_notebook_order()
    {
        var assignment = Assignment.Load(Path.Combine(CourseCopy.Repository, "notebooks", "homework", "02-activation.ipynb"));
        Assert.Equal(
            ["sigmoid-values", "sigmoid-derivative-values", "relu-values", "sigmoid-large-inputs", "sigmoid-derivative-numerical", "relu-derivative-at-zero"],
            assignment.GradingOrder.Select(p => p.Check.Name));
    }

    private static Assignment Parse(string dib) =>
        AssignmentParser.Parse(NotebookReader.FromDocument("/tmp/broken.ipynb", DibFormat.ToDocument(dib)));
}
