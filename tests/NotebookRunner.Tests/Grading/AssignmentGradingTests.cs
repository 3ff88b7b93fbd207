using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using NotebookRunner.Assignments;
using NotebookRunner.Reports;

namespace NotebookRunner.Tests.Grading;

/// <summary>
/// For every assignment, graded as a folder: the solved notebook earns every point (the helpers the assignment hands out
/// included), the released one earns none and every stub compiles, and one deliberately wrong function loses exactly the
/// points of the checks on that function. The answer members (issue 16) are in AnswerMemberTests.
/// </summary>
[Collection(GradingCollection.Name)]
[Trait(Tier.Name, Tier.Full)]
public sealed class AssignmentGradingTests(AssignmentGradingTests.Folders folders)
{
    /// <summary>Per assignment: a region, a wrong body for it, and the checks that must fail (no others).</summary>
    public static readonly Dictionary<string, (int Region, string Body, string[] Failing)> Wrong = new()
    {
        ["01-perceptron-learning"] = (1, """
            int o = w.DotProduct(x) + b > 0 ? 1 : 0;
            return (w + eta * (t - o) * x, b);
            """, ["update-rule", "update-matches-the-library"]),
        ["02-activation"] = (0, "return 0.5;", ["sigmoid-values", "sigmoid-large-inputs"]),
        ["03-linearity"] = (0, """
            AffineMap result = layers[0];
            for (int k = 1; k < layers.Count; k++) result = new AffineMap(layers[k].W * result.W, layers[k].B);
            return result;
            """, ["collapse-small-stacks", "collapse-deep-stacks"]),
        // The output layer without its sigmoid: the shapes still hold, every value of Y is wrong.
        ["04-forward-pass"] = (2, """
            Matrix<double> ones = Matrix<double>.Build.Dense(X.RowCount, 1, 1.0);
            Matrix<double> U1 = X * W1 + ones * b1;
            Matrix<double> Z1 = U1.Map(u => Math.Max(0, u));
            Matrix<double> U2 = Z1 * W2 + ones * b2;
            return new Pass(U1, Z1, U2, U2);
            """, ["forward-lecture-batch", "forward-other-networks"]),
        ["05-losses"] = (3, "return Softmax.Apply(U) - T;", ["softmax-ce-gradient-values", "softmax-ce-gradient-numerical"]),
        ["06-numerical-gradient"] = (0, "return (f(x + h) - f(x)) / h;", ["central-difference-square", "central-difference-is-central"]),
        ["07-gradient-descent"] = (2, "return 1 / H.Evd().EigenValues.Max(lambda => lambda.Real);",
            ["largest-stable-rate-small-cases", "largest-stable-rate-other-bowls"]),
        // The sigmoid's derivative left out of the hidden layer: issue 14 found that only hidden checks caught it.
        ["08-backprop"] = (0, """
            Matrix<double> Z1 = AddBias(X * W1, b1).Map(f);
            Matrix<double> Y = Softmax.Apply(AddBias(Z1 * W2, b2));
            Matrix<double> delta2 = (Y - T) / X.RowCount;
            Matrix<double> delta1 = delta2.TransposeAndMultiply(W2);
            return new Gradients(X.TransposeThisAndMultiply(delta1), SumRows(delta1), Z1.TransposeThisAndMultiply(delta2), SumRows(delta2));
            """, ["hidden-layer-gradients", "hidden-layer-gradients-batch-of-5", "backprop-other-batches"]),
        ["09-iris"] = (0, "return new Network([4, 8, 3], Activation.ReLU, seed: 1);", ["iris-validation-accuracy", "iris-test-accuracy"]),
        // Adam without its corrections for starting at 0.
        ["10-optimizers"] = (2, """
            Vector<double> mean = beta1 * m + (1 - beta1) * g;
            Vector<double> square = beta2 * v + (1 - beta2) * g.PointwiseMultiply(g);
            return (w - alpha * mean.PointwiseDivide(square.PointwiseSqrt() + 1e-8), mean, square);
            """, ["adam-in-the-valley", "adam-other-settings"]),
        // The notebook's trial settings (two ReLU units, α = 0.03): small enough, but 75.0 % held out. The written
        // answer reports that run too (75.0 %), so it still holds the handed-in network and the written answer passes.
        ["11-playground"] = (0, "return new Settings([2], Activation.ReLU, LearningRate: 0.03, Epochs: 300, BatchSize: 10);",
            ["playground-held-out-accuracy", "playground-new-points"]),
    };

    /// <summary>
    /// Each assignment's folder, graded the first time a test asks for it: every class of the grading collection gets
    /// this fixture, and a run filtered to a few assignments (or to another class) grades only what it tests.
    /// </summary>
    public sealed class Folders
    {
        private readonly ConcurrentDictionary<string, Lazy<GradedFolder>> graded = new();

        /// <summary>The folders themselves, so that tests read <c>folders.ByAssignment[name]</c>.</summary>
        public Folders ByAssignment => this;

        public GradedFolder this[string name] => graded.GetOrAdd(name, n => new Lazy<GradedFolder>(() => Grade(n))).Value;

        private static GradedFolder Grade(string name)
        {
            var assignment = CourseCopy.Load(name);
            var (region, body, _) = Wrong[name];
            return new GradedFolder(name, new (string, JsonObject)[]
            {
                ("solved", SubmissionVariants.Solved(assignment)),
                ("released", Releaser.Release(assignment)),
                ("wrong", SubmissionVariants.WithRegionReplaced(assignment, region, body)),
            }.Concat(AnswerMemberTests.Variants(name, assignment)));
        }
    }

    public static TheoryData<string> Assignments() => new(CourseCopy.Names);

    [Theory]
    [MemberData(nameof(Assignments))]
    public void The_solved_assignment_earns_every_point(string name)
    {
        var folder = folders.ByAssignment[name];
        var report = folder["solved"];
        Assert.True(report.FullMarks, ReportWriter.ToMarkdown(report));
        Assert.Equal(folder.Assignment.Possible, report.Earned);
        Assert.Contains(report.Checks, c => c.Hidden);
        Assert.Empty(report.Problems);
    }

    [Theory]
    [MemberData(nameof(Assignments))]
    public void The_released_assignment_earns_nothing_and_every_stub_compiles(string name)
    {
        var folder = folders.ByAssignment[name];
        var report = folder["released"];
        Assert.Equal(0, report.Earned);
        Assert.Equal(folder.Assignment.Possible, report.Possible);
        Assert.DoesNotContain(report.Problems, p => p.Message.Contains("error CS", StringComparison.Ordinal));
        Assert.All(report.Checks, c => Assert.Contains("NotImplementedException", c.Message));
        Assert.Contains(report.Checks, c => folder.Assignment.Regions.Any(r => c.Message.Contains(r.Hint, StringComparison.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(Assignments))]
    public void One_wrong_function_loses_exactly_its_checks(string name)
    {
        var folder = folders.ByAssignment[name];
        var report = folder["wrong"];
        var failing = Wrong[name].Failing;
        Assert.Equal(failing.Order(), report.Checks.Where(c => !c.Passed).Select(c => c.Name).Order());
        var lost = folder.Assignment.Checks.Where(c => failing.Contains(c.Name)).Sum(c => c.Points);
        Assert.Equal(folder.Assignment.Possible - lost, report.Earned);
        Assert.All(report.Checks.Where(c => !c.Passed), c => Assert.NotEmpty(c.Message));
    }

    [Fact]
    public void A_failed_accuracy_check_says_the_accuracy_and_the_bar_in_plain_words()
    {
        var message = folders.ByAssignment["09-iris"]["wrong"].Checks.First(c => c.Name == "iris-validation-accuracy").Message;
        Assert.Matches(@"^validation accuracy is [0-9.]+ % on 30 examples, below the 90\.0 % this check asks for\.$", message);
    }

    [Fact]
    public void Reports_are_named_after_the_submissions_and_the_summary_has_a_row_each()
    {
        var folder = folders.ByAssignment["02-activation"];
        var rows = File.ReadAllLines(Path.Combine(folder.Reports, "summary.csv"));
        Assert.Equal(folder.Graded.Count + 1, rows.Length);
        foreach (var name in folder.Graded.Keys)
        {
            Assert.True(File.Exists(Path.Combine(folder.Reports, name + ".json")));
            Assert.True(File.Exists(Path.Combine(folder.Reports, name + ".md")));
        }
    }
}

/// <summary>
/// The tests that read every assignment graded as a folder share one grading of each (made on first use) and run one class
/// at a time. The attack tests are not in it: each looks only for its own grader's sandbox processes (a block of uids per
/// grader), so they run beside other grading.
/// </summary>
[CollectionDefinition(Name)]
public sealed class GradingCollection : ICollectionFixture<AssignmentGradingTests.Folders>
{
    public const string Name = "grading sandboxes";
}
