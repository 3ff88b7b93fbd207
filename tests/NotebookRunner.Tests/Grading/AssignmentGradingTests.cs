using NotebookRunner.Grading;

namespace NotebookRunner.Tests.Grading;

/// <summary>
/// For every assignment: the solved notebook earns every point, the released one earns none without a compile error,
/// and one deliberately wrong function loses exactly the points of the checks on that function.
/// </summary>
public sealed class AssignmentGradingTests
{
    public static TheoryData<string> Assignments() => new(CourseCopy.Names);

    /// <summary>Per assignment: a region, a wrong body for it, and the checks that must fail (no others).</summary>
    public static TheoryData<string, int, string, string[]> WrongFunctions() => new()
    {
        { "01-activation", 0, "return 0.5;", ["sigmoid-values", "sigmoid-large-inputs"] },
        { "02-losses", 3, "return Softmax.Apply(U) - T;", ["softmax-ce-gradient-values", "softmax-ce-gradient-numerical"] },
        { "03-numerical-gradient", 0, "return (f(x + h) - f(x)) / h;", ["central-difference-square", "central-difference-is-central"] },
        {
            "04-backprop", 0,
            """
            Matrix<double> Z1 = AddBias(X * W1, b1).Map(Activation.Sigmoid.Apply);
            Matrix<double> Y = Softmax.Apply(AddBias(Z1 * W2, b2));
            Matrix<double> delta2 = (Y - T) / X.RowCount;
            Matrix<double> delta1 = delta2.TransposeAndMultiply(W2);
            return new Gradients(X.TransposeThisAndMultiply(delta1), SumRows(delta1), Z1.TransposeThisAndMultiply(delta2), SumRows(delta2));
            """,
            ["hidden-layer-gradients", "backprop-other-batches"]
        },
        { "05-iris", 0, "return new Network([4, 8, 3], Activation.ReLU, seed: 1);", ["iris-validation-accuracy", "iris-test-accuracy"] },
    };

    [Theory]
    [MemberData(nameof(Assignments))]
    public async Task The_solved_assignment_earns_every_point(string name)
    {
        var assignment = CourseCopy.Load(name);
        var path = CourseCopy.Save(SubmissionVariants.Solved(assignment), name + ".ipynb");
        var report = await SubmissionGrader.GradeAsync(path, assignment, SubmissionGrader.DefaultLimits);
        Assert.True(report.FullMarks, ReportWriter.ToMarkdown(report));
        Assert.Equal(assignment.Possible, report.Earned);
        Assert.Contains(report.Checks, c => c.Hidden);
        Assert.Empty(report.Problems);
    }

    [Theory]
    [MemberData(nameof(Assignments))]
    public async Task The_released_assignment_earns_nothing_and_every_stub_compiles(string name)
    {
        var assignment = CourseCopy.Load(name);
        var path = CourseCopy.Save(Releaser.Release(assignment), name + ".ipynb");
        var report = await SubmissionGrader.GradeAsync(path, assignment, SubmissionGrader.DefaultLimits);
        Assert.Equal(0, report.Earned);
        Assert.Equal(assignment.Possible, report.Possible);
        Assert.DoesNotContain(report.Problems, p => p.Message.Contains("error CS", StringComparison.Ordinal));
        Assert.All(report.Checks, c => Assert.Contains("NotImplementedException", c.Message));
        Assert.Contains(report.Checks, c => assignment.Regions.Any(r => c.Message.Contains(r.Hint, StringComparison.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(WrongFunctions))]
    public async Task One_wrong_function_loses_exactly_its_checks(string name, int region, string body, string[] failing)
    {
        var assignment = CourseCopy.Load(name);
        var path = CourseCopy.Save(SubmissionVariants.WithRegionReplaced(assignment, region, body), name + ".ipynb");
        var report = await SubmissionGrader.GradeAsync(path, assignment, SubmissionGrader.DefaultLimits);
        Assert.Equal(failing.Order(), report.Checks.Where(c => !c.Passed).Select(c => c.Name).Order());
        var lost = assignment.Checks.Where(c => failing.Contains(c.Name)).Sum(c => c.Points);
        Assert.Equal(assignment.Possible - lost, report.Earned);
        Assert.All(report.Checks.Where(c => !c.Passed), c => Assert.NotEmpty(c.Message));
    }
}
