using NotebookRunner.Assignments;
using NotebookRunner.Notebooks;

namespace NotebookRunner.Tests.Grading;

/// <summary>A broken assignment is rejected with a message naming the file, the cell and the line.</summary>
public sealed class MarkerValidationTests
{
    private const string Check = "#!csharp\n\n// CHECK twice (1 point)\nif (Twice(2) != 4) throw new Exception(\"Twice(2)\");\n";

    [Theory]
    [InlineData("double Twice(double x)\n{\n    // BEGIN SOLUTION\n    return 2 * x;\n}", "cell 1, line 3", "never closed")]
    [InlineData("double Twice(double x)\n{\n    return 2 * x;\n    // END SOLUTION\n}", "cell 1, line 4", "END SOLUTION without a BEGIN")]
    [InlineData("double Twice(double x)\n{\n    // BEGIN SOLUTION\n    // BEGIN SOLUTION\n    return 2 * x;\n    // END SOLUTION\n}", "cell 1, line 4", "inside the region opened on line 3")]
    public void Broken_solution_regions_name_the_file_cell_and_line(string code, string where, string what)
    {
        var error = Assert.Throws<NotebookException>(() => Parse("#!csharp\n\n" + code + "\n\n" + Check));
        Assert.Equal(2, error.ExitCode);
        Assert.Contains("broken.ipynb " + where, error.Message);
        Assert.Contains(what, error.Message);
    }

    [Fact]
    public void A_malformed_check_marker_is_rejected()
    {
        var error = Assert.Throws<NotebookException>(() => Parse("#!csharp\n\n// CHECK twice (two points)\nvar x = 1;\n"));
        Assert.Contains("broken.ipynb cell 1, line 1", error.Message);
        Assert.Contains("not a check marker", error.Message);
    }

    [Fact]
    public void A_check_name_used_twice_is_rejected()
    {
        var error = Assert.Throws<NotebookException>(() => Parse(Check + "\n" + Check));
        Assert.Contains("cell 2", error.Message);
        Assert.Contains("'twice' is used twice", error.Message);
    }

    [Fact]
    public void A_solution_inside_a_check_cell_is_rejected()
    {
        var error = Assert.Throws<NotebookException>(() => Parse("#!csharp\n\n// HIDDEN CHECK twice (1 point)\n// BEGIN SOLUTION\nvar x = 1;\n// END SOLUTION\n"));
        Assert.Contains("cell 1, line 2", error.Message);
        Assert.Contains("check cell holds a solution region", error.Message);
    }

    [Fact]
    public void An_assignment_without_checks_is_rejected()
    {
        var error = Assert.Throws<NotebookException>(() => Parse("#!csharp\n\nvar x = 1;\n"));
        Assert.Contains("broken.ipynb has no check cells", error.Message);
    }

    [Fact]
    public void Markers_give_names_points_hints_and_visibility()
    {
        var assignment = Parse("#!csharp\n\ndouble Twice(double x)\n{\n    // BEGIN SOLUTION\n    // HINT: Multiply by 2.\n    return 2 * x;\n    // END SOLUTION\n}\n\n"
                               + Check + "\n#!csharp\n\n// HIDDEN CHECK twice-negative (3 points)\nvar y = Twice(-1);\n"
                               + "\n#!csharp\n\n// ANSWER MEMBERS: none.\nAnswerMembers.Declare();\n");
        Assert.Equal([("twice", 1, false), ("twice-negative", 3, true)], assignment.Checks.Select(c => (c.Name, c.Points, c.Hidden)));
        var region = Assert.Single(assignment.Regions);
        Assert.Equal((1, 3, 6, "Multiply by 2.", "    "), (region.Cell, region.BeginLine, region.EndLine, region.Hint, region.Indent));
        Assert.Equal(4, assignment.Possible);
    }

    private static Assignment Parse(string dib) =>
        AssignmentParser.Parse(NotebookReader.FromDocument("/tmp/broken.ipynb", DibFormat.ToDocument(dib)));
}
