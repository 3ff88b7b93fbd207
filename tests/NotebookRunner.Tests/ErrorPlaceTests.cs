using NotebookRunner.Execution;
using NotebookRunner.Notebooks;

namespace NotebookRunner.Tests;

/// <summary>
/// The place a runtime exception points to, read from the kernel's stack trace (which names methods, not lines) and the
/// cells' code: the line when only one line can be it, the notebook method and where it is declared, nothing when unsure.
/// </summary>
public sealed class ErrorPlaceTests
{
    private static NotebookCell Code(int number, string source) => new(number, "code", "csharp", source);

    private static string Trace(params string[] frames) =>
        "System.InvalidOperationException: boom\n" + string.Join("\n", frames.Select(f => "   at " + f));

    [Fact]
    public void Top_level_code_that_indexes_once_is_pointed_at_its_line()
    {
        var cells = new[] { Code(1, "var before = 1;"), Code(2, "var items = new List<int>();\n\nvar first = items[3];") };
        var trace = Trace("System.Collections.Generic.List`1.get_Item(Int32 index)", "Submission#3.<<Initialize>>d__0.MoveNext()");
        Assert.Equal(", line 3", ErrorPlace.Describe(trace, cells, 2));
    }

    [Fact]
    public void A_method_of_the_notebook_is_named_with_its_declaration_and_the_one_line_that_calls_outside()
    {
        var cells = new[]
        {
            Code(1, "using System.Linq;\n\ndouble Mean(double[] xs)\n{\n    var n = xs.Length;\n    return xs.Average();\n}"),
            Code(2, "#!time\nvar m = Mean(new double[0]);"),
        };
        var trace = Trace("System.Linq.ThrowHelper.ThrowNoElementsException()", "System.Linq.Enumerable.Average(IEnumerable`1 source)",
            "Submission#2.Mean(Double[] xs)", "Submission#3.<<Initialize>>d__0.MoveNext()");
        Assert.Equal(", in Mean (cell 1, line 6)", ErrorPlace.Describe(trace, cells, 2));
    }

    [Fact]
    public void A_throw_in_a_local_function_of_the_same_cell_is_found_and_a_later_declaration_wins()
    {
        var cells = new[]
        {
            Code(1, "int Check(int x) => x;"),
            Code(2, "int Check(int x)\n{\n    if (x < 0)\n        throw new ArgumentException(\"negative\");\n    return x;\n}\nCheck(-1);"),
        };
        var trace = Trace("Submission#4.Check(Int32 x)", "Submission#4.<<Initialize>>d__0.MoveNext()");
        Assert.Equal(", in Check, line 4", ErrorPlace.Describe(trace, cells, 2));
        var local = Trace("Submission#4.<<Initialize>>g__Check|0_0(Int32 x)", "Submission#4.<<Initialize>>d__0.MoveNext()");
        Assert.Equal(", in Check, line 4", ErrorPlace.Describe(local, cells, 2));
        var twoThrows = new[] { Code(1, "int Check(int x)\n{\n    if (x < 0) throw new ArgumentException();\n    throw new InvalidOperationException();\n}") };
        Assert.Equal(", in Check (declared at line 1)", ErrorPlace.Describe(trace, twoThrows, 1));
        Assert.Equal(", in Check (declared in cell 1, line 1)", ErrorPlace.Describe(trace, [.. twoThrows, Code(2, "Check(1);")], 2));
    }

    [Fact]
    public void Two_lines_that_could_be_it_give_no_line_and_a_trace_without_notebook_code_gives_nothing()
    {
        var cells = new[] { Code(1, "var a = new int[2];\nvar b = a[0] + a[5];\nvar c = a[1];") };
        var trace = Trace("Submission#2.<<Initialize>>d__0.MoveNext()");
        Assert.Equal("", ErrorPlace.Describe(trace, cells, 1));
        Assert.Equal("", ErrorPlace.Describe("(2,19): error CS0103: The name 'x' does not exist in the current context", cells, 1));
        Assert.Equal(", in Missing", ErrorPlace.Describe(Trace("Submission#2.Missing()", "Submission#2.<<Initialize>>d__0.MoveNext()"), cells, 1));
    }

    [Fact]
    public void A_lambda_in_top_level_code_and_a_constructor_call_are_read_as_top_level()
    {
        var cells = new[] { Code(1, "var xs = new[] { 1, 2 };\nvar ys = xs.Select(x => x / 0).ToList();\nvar d = new Dictionary<int, int>(-1);") };
        var lambda = Trace("Submission#2.<>c.<<Initialize>>b__0_0(Int32 x)", "System.Linq.Enumerable.Select…", "Submission#2.<<Initialize>>d__0.MoveNext()");
        Assert.Equal(", line 2", ErrorPlace.Describe(lambda, cells, 1)); // x / 0 throws in the cell's only lambda
        var constructor = Trace("System.Collections.Generic.Dictionary`2..ctor(Int32 capacity)", "Submission#2.<<Initialize>>d__0.MoveNext()");
        Assert.Equal(", line 3", ErrorPlace.Describe(constructor, cells, 1));
    }

    [Theory]
    [InlineData("at Submission#5.Predict(Vector`1 w, Double b)", "Predict")]
    [InlineData("at Submission#5.<Train>d__3.MoveNext()", "Train")]
    [InlineData("at Submission#5.<>c.<Train>b__3_0(Int32 i)", "Train")]
    [InlineData("at Submission#5.<<Initialize>>g__Step|0_1(Double x)", "Step")]
    [InlineData("at Submission#5.Generic[T](T x)", "Generic")]
    [InlineData("at Submission#5.<<Initialize>>d__0.MoveNext()", null)]
    [InlineData("at Submission#5.<>c.<<Initialize>>b__0_0(Int32 x)", null)]
    public void Frames_of_the_notebook_name_their_method(string frame, string? method) =>
        Assert.Equal(method, ErrorPlace.NotebookMethod(frame));
}
