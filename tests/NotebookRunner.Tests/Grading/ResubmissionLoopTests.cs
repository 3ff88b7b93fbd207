using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NotebookRunner.Assignments;
using NotebookRunner.Judging;
using NotebookRunner.Reports;
using NotebookRunner.Sandbox;
using NotebookRunner.Tests.Support;

namespace NotebookRunner.Tests.Grading;

/// <summary>
/// Issue 26's resubmission loop: ten rounds of homework 02, each submission written by <see cref="LookupTableAttacker"/>
/// from only the previous round's student outputs (the Markdown report and the Classroom result), graded as `grade` grades
/// one notebook, with one answer key for all rounds. Its functions do no work, so it may earn the visible checks' points
/// (their inputs and expected values are in the student's notebook anyway) and never a hidden one; no hidden check's input
/// reaches it, not even through a visible check's message; and the instructor's JSON of the same rounds names them.
/// </summary>
[Trait(Tier.Name, Tier.Full)]
public sealed partial class ResubmissionLoopTests(ResubmissionLoopTests.Rounds rounds) : IClassFixture<ResubmissionLoopTests.Rounds>
{
    public sealed record Round(GradeReport Report, string Markdown, string Classroom, string Json);

    public sealed class Rounds
    {
        public const int Count = 10;

        /// <summary>
        /// Grades on the thread pool, as `grade` does: waiting here on xUnit's synchronization context for work that
        /// continues on it would deadlock once the context's threads are all busy.
        /// </summary>
        public Rounds()
        {
            Assignment = CourseCopy.Load("02-activation");
            Key = Task.Run(PlayAsync).GetAwaiter().GetResult();
        }

        private async Task<IReadOnlyDictionary<string, IReadOnlyList<RecordedCall>>> PlayAsync()
        {
            var environment = GradingEnvironment.Create(Assignment, SubmissionGrader.DefaultLimits with { CellTimeout = TimeSpan.FromSeconds(30) }, isolate: true);
            var key = AnswerKey.BuildAsync(environment);
            using var pool = new KernelPool(environment);
            for (var n = 1; n <= Count; n++)
            {
                var path = CourseCopy.Save(Attacker.Submission(Assignment), "student.ipynb");
                var report = await SubmissionGrader.GradeAsync(Submissions.One(path), environment, key, () => pool.TakeAsync(0, prepareNext: n < Count));
                var round = new Round(report, ReportWriter.ToMarkdown(report), ReportWriter.ToClassroom(report), ReportWriter.ToJson(report));
                All.Add(round);
                Attacker.Read(round.Markdown, round.Classroom);
            }
            return await key;
        }

        public Assignment Assignment { get; }

        public LookupTableAttacker Attacker { get; } = new();

        public List<Round> All { get; } = [];

        public IReadOnlyDictionary<string, IReadOnlyList<RecordedCall>> Key { get; }

        public int VisiblePoints => Assignment.Checks.Where(c => !c.Hidden).Sum(c => c.Points);

        /// <summary>The inputs in the labels of the checks of one kind (from the answer key: "Sigmoid(800)" → 800).</summary>
        public HashSet<double> Inputs(bool hidden) => Assignment.Checks.Where(c => c.Hidden == hidden)
            .SelectMany(c => Key[c.Name]).SelectMany(call => Labels().Matches(string.Join(" ", call.Arguments.Select(a => a?.ToJsonString()))))
            .Select(m => double.Parse(m.Groups["x"].Value, System.Globalization.CultureInfo.InvariantCulture)).ToHashSet();

        /// <summary>Inputs only a hidden check uses: what the student must never learn from a report.</summary>
        public HashSet<double> HiddenOnlyInputs => Inputs(hidden: true).Except(Inputs(hidden: false)).ToHashSet();
    }

    [Fact]
    public void No_round_earns_more_than_the_visible_checks_points_nor_any_hidden_point()
    {
        var scores = rounds.All.Select(r => r.Report.Earned).ToList();
        Assert.All(rounds.All, r => Assert.True(r.Report.Earned <= rounds.VisiblePoints && r.Report.Checks.Where(c => c.Hidden).Sum(c => c.Earned) == 0,
            $"scores by round: {string.Join(", ", scores)} (visible checks: {rounds.VisiblePoints} points)\n{r.Markdown}"));
    }

    /// <summary>Without this the first test would prove nothing: what a student may see, the attacker does use.</summary>
    [Fact]
    public void The_attacker_earns_every_visible_point_from_what_the_visible_checks_tell()
    {
        Assert.Equal(Rounds.Count, rounds.All.Count);
        Assert.Equal(rounds.VisiblePoints, rounds.All[^1].Report.Earned);
        Assert.True(rounds.All[0].Report.Earned < rounds.VisiblePoints, rounds.All[0].Markdown);
    }

    [Fact]
    public void No_hidden_input_reaches_the_student_not_even_through_a_visible_checks_message()
    {
        var hiddenOnly = rounds.HiddenOnlyInputs;
        Assert.Contains(800, hiddenOnly);
        Assert.Contains(1e-300, hiddenOnly);
        var learned = rounds.Attacker.SeenInputs.Intersect(hiddenOnly).ToList();
        Assert.True(learned.Count == 0, $"the student's outputs named inputs only hidden checks use: {string.Join(", ", learned)}");
        var labels = new[] { "Sigmoid(800)", "Sigmoid(-800)", "SigmoidDerivative(-6)", "ReLUDerivative(1e-300)", "ReLU(0)" };
        foreach (var round in rounds.All)
            foreach (var label in labels)
            {
                Assert.DoesNotContain(label, round.Markdown, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain(label, round.Classroom, StringComparison.OrdinalIgnoreCase);
            }
    }

    [Fact]
    public void The_instructors_json_of_the_same_rounds_names_the_hidden_inputs()
    {
        var first = (JsonArray)JsonNode.Parse(rounds.All[0].Json)!["checks"]!;
        var hidden = first.Where(c => (bool)c!["hidden"]! && !(bool)c["passed"]!).Select(c => (string)c!["message"]!).ToList();
        Assert.Contains(hidden, m => m.StartsWith("Sigmoid(800): expected 1 but got", StringComparison.Ordinal));
        Assert.All(rounds.All, r => Assert.Contains("hidden check failed. Hint: ", r.Markdown));
    }

    [GeneratedRegex(@"\b(Sigmoid|SigmoidDerivative|ReLU|ReLUDerivative)\((?<x>[-+]?[0-9.]+(E[-+]?[0-9]+)?)\)", RegexOptions.IgnoreCase)]
    private static partial Regex Labels();
}
