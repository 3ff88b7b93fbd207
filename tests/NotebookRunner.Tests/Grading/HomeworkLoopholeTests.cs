using NotebookRunner.Assignments;
using NotebookRunner.Judging;
using NotebookRunner.Reports;

namespace NotebookRunner.Tests.Grading;

/// <summary>
/// The homework loopholes of issue 26, closed at the grader: one graded folder per assignment with the attacker's
/// submissions beside honest ones. Homework 08: a Backward made of numerical gradients earns nothing for backprop.
/// Homework 09: a TrainIris that trains on the test split (or on all of iris.csv) earns nothing for the hidden accuracy
/// check. Homework 11: filler that has the length and quotes the accuracy, and runs that do not give the accuracy they
/// quote, earn nothing for the written answer. Honest work, written in more than one way, keeps every point.
/// </summary>
[Trait(Tier.Name, Tier.Full)]
public sealed class HomeworkLoopholeTests(HomeworkLoopholeTests.Graded graded) : IClassFixture<HomeworkLoopholeTests.Graded>
{
    public sealed class Graded
    {
        public GradedFolder Backprop { get; } = Folder("08-backprop", new()
        {
            ["honest-other-order"] = """
                Matrix<double> U1 = AddBias(X * W1, b1);
                Matrix<double> Z1 = U1.Map(f);
                Matrix<double> dU2 = Softmax.Apply(AddBias(Z1 * W2, b2)) - T;
                Matrix<double> dU1 = (dU2 * W2.Transpose()).PointwiseMultiply(U1.Map(fPrime));
                int N = X.RowCount;
                return new Gradients(X.Transpose() * dU1 / N, SumRows(dU1) / N, Z1.Transpose() * dU2 / N, SumRows(dU2) / N);
                """,
            ["numerical"] = Numerical("f"),
            ["numerical-own-sigmoid"] = Numerical("u => 1 / (1 + Math.Exp(-u))"),
        });

        public GradedFolder Iris { get; } = Folder("09-iris", new()
        {
            ["honest-tanh"] = TrainOn("train", "new Network([4, 16, 3], Activation.Tanh, seed: 2)"),
            // The notebook keeps the test flowers out of TrainIris's reach, so a cheater splits them off again.
            ["trains-on-test"] = TrainOn("scaler.Transform(split.Test)", "new Network([4, 8, 3], Activation.ReLU, seed: 1)"),
            ["trains-on-all-of-iris"] = TrainOn("scaler.Transform(flowers)", "new Network([4, 8, 3], Activation.ReLU, seed: 1)"),
        });

        public GradedFolder Playground { get; } = Folder("11-playground", new()
        {
            ["filler"] = """
                return "The network learned the two spiral arms well. I tried several settings and compared them carefully, "
                    + "one change at a time, and I watched the decision boundary and the loss in every run. The learning "
                    + "rate mattered a great deal, the activation mattered too, and the number of units mattered most of all. "
                    + "In the end my network reached 95.0 % on the held-out points, above the goal, with few weights.";
                """,
            ["made-up-runs"] = """
                return "Without a hidden layer the network draws one straight line; two ReLU units do much better, and three "
                    + "tanh units best of all, as these runs show, every number measured on the held-out points after "
                    + "three hundred epochs of plain SGD with batches of ten in every run I made for this answer:\n"
                    + "hidden [2], ReLU, learning rate 0.03, 300 epochs, batch size 10 → 88.0 %\n"
                    + "hidden [3], Tanh, learning rate 0.3, 300 epochs, batch size 10 → 95.0 %\n";
                """,
        }, region: 1);

        /// <summary>A folder of the solved assignment ("honest") and the given bodies of one solution region.</summary>
        private static GradedFolder Folder(string name, Dictionary<string, string> bodies, int region = 0)
        {
            var assignment = CourseCopy.Load(name);
            return new GradedFolder(name, bodies.Select(b => (b.Key, SubmissionVariants.WithRegionReplaced(assignment, region, b.Value)))
                .Prepend(("honest", SubmissionVariants.Solved(assignment))));
        }

        /// <summary>A Backward of central differences of the notebook's Loss, its hidden layer computing <paramref name="activation"/>.</summary>
        private static string Numerical(string activation) => $$"""
            Matrix<double> Nudged(Matrix<double> p)
            {
                var g = Matrix<double>.Build.Dense(p.RowCount, p.ColumnCount);
                for (int i = 0; i < p.RowCount; i++)
                    for (int j = 0; j < p.ColumnCount; j++)
                    {
                        double keep = p[i, j];
                        p[i, j] = keep + 1e-5;
                        double up = Loss(X, T, W1, b1, W2, b2, {{activation}});
                        p[i, j] = keep - 1e-5;
                        double down = Loss(X, T, W1, b1, W2, b2, {{activation}});
                        p[i, j] = keep;
                        g[i, j] = (up - down) / 2e-5;
                    }
                return g;
            }
            return new Gradients(Nudged(W1), Nudged(b1), Nudged(W2), Nudged(b2));
            """;

        private static string TrainOn(string data, string network) => $"""
            var flowers = Dataset.LoadCsv("../../data/iris.csv");
            var split = flowers.Split(0.6, 0.2, seed: 7);
            var scaler = Standardizer.Fit(split.Train.Features);
            var network = {network};
            Trainer.Fit(network, {data}, new Adam(0.01), validation, epochs: 100, batchSize: 16, seed: 1);
            return network;
            """;
    }

    public static TheoryData<string, string> Honest() => new()
    {
        { "08-backprop", "honest" }, { "08-backprop", "honest-other-order" },
        { "09-iris", "honest" }, { "09-iris", "honest-tanh" },
        { "11-playground", "honest" },
    };

    private GradedFolder Folder(string assignment) => assignment switch
    {
        "08-backprop" => graded.Backprop,
        "09-iris" => graded.Iris,
        _ => graded.Playground,
    };

    [Theory]
    [MemberData(nameof(Honest))]
    public void Honest_work_keeps_every_point(string assignment, string submission)
    {
        var report = Folder(assignment)[submission];
        Assert.True(report.FullMarks, ReportWriter.ToMarkdown(report));
    }

    [Fact]
    public void A_backward_made_of_numerical_gradients_earns_nothing_for_backprop()
    {
        var report = graded.Backprop["numerical"];
        Assert.Equal(0, report.Earned);
        Assert.All(report.Checks, c => Assert.Contains("f was called more than", c.Message));
    }

    /// <summary>One that ignores f and runs its own sigmoid spends no budget, but misses the exact gradients by ~1e-11.</summary>
    [Fact]
    public void A_numerical_gradient_of_its_own_sigmoid_earns_only_the_point_for_the_shapes()
    {
        var report = graded.Backprop["numerical-own-sigmoid"];
        Assert.Equal(["backprop-shapes"], report.Checks.Where(c => c.Passed).Select(c => c.Name));
        Assert.Contains(report.Checks, c => c.Message.Contains("exactly: element", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("trains-on-test")]
    [InlineData("trains-on-all-of-iris")]
    public void Training_on_flowers_other_than_those_given_earns_nothing_for_the_hidden_accuracy_check(string submission)
    {
        var check = Single(graded.Iris[submission], "iris-test-accuracy");
        Assert.False(check.Passed);
        Assert.Equal(0, check.Earned);
        Assert.Matches(@"^test accuracy is [0-9.]+ % on 30 examples, below the 90\.0 % this check asks for\.$", check.Message);
    }

    [Fact]
    public void Filler_of_the_right_length_that_quotes_the_accuracy_earns_nothing_for_the_written_answer()
    {
        var report = graded.Playground["filler"];
        var check = Single(report, "written-answer");
        Assert.Equal(0, check.Earned);
        Assert.Contains("your answer reports 0 runs in the form", check.Message);
        Assert.Equal(graded.Playground.Assignment.Possible - check.Points, report.Earned);
    }

    [Fact]
    public void Runs_that_do_not_give_the_accuracy_they_quote_earn_nothing_for_the_written_answer()
    {
        var check = Single(graded.Playground["made-up-runs"], "written-answer");
        Assert.Equal(0, check.Earned);
        Assert.Contains("quotes 88.0 % but these settings, trained again, reach 75.0 % on the held-out points", check.Message);
    }

    private static CheckOutcome Single(GradeReport report, string name) => Assert.Single(report.Checks, c => c.Name == name);
}
