using System.Diagnostics;
using NotebookRunner.Assignments;
using NotebookRunner.Execution;
using NotebookRunner.Notebooks;
using NotebookRunner.Sandbox;

namespace NotebookRunner.Judging;

/// <summary>
/// Grades one submission. Its code is first read, not run (<see cref="SubmissionCells"/>,
/// <see cref="OwnWorkAnalysis"/>): a check that calls a function reaching an answer member, a
/// forbidden or unallowed API, or code the grader cannot read fails, naming it. Then its cells run
/// in a fresh sandboxed kernel on the grading build of the library, each check's student probe
/// records the values the student's functions produce (visible checks first, see
/// <see cref="Assignment.GradingOrder"/>), and the <see cref="Judge"/> decides each check in this
/// process against the answer key. The kernel is stopped before the report exists, so nothing of
/// the submission outlives its grading.
/// </summary>
public static class SubmissionGrader
{
    /// <summary>
    /// 60 s a cell, 10 min a submission and a 1 GiB GC heap for the submission's kernel; for the
    /// grader, what it keeps of a cell: 1 Mi characters of output (stdout, stderr and displays
    /// together; grading reads none of it, it is kept for a person debugging), 1,000 displayed
    /// values, a returned value (a probe's recorded values) of at most 1 Mi characters (the
    /// course's largest is 16,227, homework 02's sigmoid-large-inputs), and lines from the kernel
    /// of at most 4 MiB besides the echo of the cell's code. Everything past these is read and
    /// dropped, most of it unparsed, so whatever a submission writes, the grader's own memory stays
    /// under <see cref="GraderMemoryBound"/> (FloodTests measures it).
    /// </summary>
    public static ExecutionLimits DefaultLimits { get; } =
        new(TimeSpan.FromSeconds(60), TimeSpan.FromMinutes(10),
        MaxOutputCharsPerCell: 1 << 20, MaxOutputCharsPerNotebook: 8 << 20,
        MemoryLimitBytes: 1L << 30)
        {
            MaxResultChars = 1 << 20, MaxOutputsPerCell = 1000, MaxLineBytes = 4 << 20,
        };

    /// <summary>
    /// The most resident memory nbrun grade itself takes for any submissions, graded
    /// <paramref name="jobs"/> at a time: 256 MiB for the runtime, Roslyn and the answer key, and
    /// 64 MiB for each submission in flight (what <see cref="DefaultLimits"/> and
    /// <see cref="SubmissionSize"/> let it keep). The kernels are not counted: they are processes
    /// of their own, in their sandboxes, with limits of their own.
    /// </summary>
    public static long GraderMemoryBound(int jobs) => (256L + 64L * jobs) << 20;

    /// <summary>A notebook larger than this is not read (the course's largest homework is under 100
    /// KB).</summary>
    public const long MaxNotebookBytes = 20L << 20;

    public static async Task<GradeReport> GradeAsync(Submission submission,
        GradingEnvironment environment,
        Task<IReadOnlyDictionary<string, IReadOnlyList<RecordedCall>>> answerKey,
        Func<Task<GradingKernel>> startKernel)
    {
        var clock = Stopwatch.StartNew();
        var assignment = environment.Assignment;
        var language = Edition.Of(assignment.Path);
        if (submission.Refusal is { } refusal)
            return GradeReport.NotGraded(submission.Name, assignment,
                Submissions.Refusal(refusal, language), clock.Elapsed);
        Notebook notebook;
        try
        {
            notebook = SubmissionSize.Read(submission.Path, MaxNotebookBytes, language);
        }
        catch (NotebookException error)
        {
            return GradeReport.NotGraded(submission.Name, assignment, Say.In(language,
                $"the submission could not be read: {error.Message}",
                $"提出物を読めませんでした：{error.Message}"), clock.Elapsed);
        }
        var (selected, selectionProblems, refused) =
            SubmissionCells.Select(notebook, environment.LibraryReference, language);
        var problems = selectionProblems.ToList();
        var cells = SubmissionSize.Within(selected, problems, language);
        var rules = new OwnWorkRules(assignment.AnswerMembers, new Allowlist(assignment.Allowed),
            AnalysisReferences.For(environment.Tool.Folder, environment.LibraryFiles));
        var reading = OwnWorkAnalysis.Read(cells, rules);
        var violations = refused.Concat(reading.Violations).OrderBy(v => v.Kind).ToList();
        using var session = new GradingSession(startKernel, environment.Limits, clock, language);
        session.Problems.AddRange(problems);
        try
        {
            await session.StartAsync(reading.Cells);
        }
        catch (Exception error)
            when (error is InvalidOperationException or TimeoutException or IOException)
        {
            return GradeReport.NotGraded(submission.Name, assignment, Say.In(language,
                $"the grader could not start a kernel: {error.Message}",
                $"採点プログラムがカーネルを起動できませんでした：{error.Message}"), clock.Elapsed);
        }
        violations = KernelAgrees(violations, session.Problems.Skip(problems.Count).ToList());
        var key = await answerKey;
        var outcomes = new List<CheckOutcome>();
        var number = notebook.Cells.Count + 1;
        foreach (var probe in assignment.GradingOrder)
        {
            var check = probe.Check;
            var checkClock = Stopwatch.StartNew();
            var failure = Charged(probe, violations, language);
            if (failure is null)
            {
                var (text, probeFailure) = await session.ProbeAsync(probe, number++);
                failure = probeFailure
                    ?? WithEarlierProblem(Decide(key[check.Name], text!, language),
                        session.Problems, language);
            }
            outcomes.Add(new CheckOutcome(check.Name, check.Points, check.Hidden, failure is null,
                failure ?? "", checkClock.Elapsed)
            { Hint = check.Hint });
        }
        outcomes.Sort((a, b) => Position(assignment, a).CompareTo(Position(assignment, b)));
        session.Dispose();
        var all = session.Problems.Concat(
            violations.Where(v => v.Function is null && v.Kind != ViolationKind.DoesNotCompile)
            .Select(v => new CellProblem(v.Cell,
                Say.In(language, v.Sentence + ".", v.SentenceIn(language) + "。")))).ToList();
        return new GradeReport(submission.Name, assignment.Name, outcomes, all,
            clock.Elapsed)
        { Isolated = environment.Isolated };
    }

    /// <summary>
    /// A cell the analysis could not compile must have failed in the kernel too (which reports it
    /// as a cell problem); if the kernel ran it, the two disagree about what the code is, and the
    /// cell is unreadable: no check counts.
    /// </summary>
    private static List<Violation> KernelAgrees(List<Violation> violations,
        IReadOnlyList<CellProblem> problems) =>
        violations.Where(v => v.Kind != ViolationKind.DoesNotCompile
            || problems.All(p => p.Cell != v.Cell))
            .Select(v => v.Kind != ViolationKind.DoesNotCompile ? v
                : v with
                {
                    Kind = ViolationKind.Unreadable,
                    What = v.What +
                    ", yet the kernel ran it"
                })
            .OrderBy(v => v.Kind).ToList();

    /// <summary>A check's place in the notebook: reports list checks in that order, whatever order
    /// they ran in.</summary>
    private static int Position(Assignment assignment, CheckOutcome outcome) =>
        assignment.Checks.First(c => c.Name == outcome.Name).Cell;

    /// <summary>
    /// Why the check earns nothing because of what the code is, not what it computes; null when
    /// nothing is charged. An answer member the check's own functions call is named first, then
    /// what fails every check, then the rest.
    /// </summary>
    private static string? Charged(CheckProbe probe, IReadOnlyList<Violation> violations,
        string language)
    {
        var own = violations.Where(v => v.Function is not null && probe.Names.Contains(v.Function))
            .ToList();
        var everywhere = violations.FirstOrDefault(v => v.Function is null && v.Forbidden);
        if (own.FirstOrDefault() is { Kind: ViolationKind.AnswerMember } || everywhere is null)
            return own.FirstOrDefault() is { } charged
                ? Say.In(language, $"{charged.Sentence}: write it yourself; this check earns no " +
                    "points.",
                    $"{charged.SentenceIn(language)}。自分で書いてください。このチェックの点数は0点です。")
                : null;
        return everywhere.Kind == ViolationKind.Unreadable
            ? Say.In(language, $"{everywhere.Sentence}: nobody can say what it reaches, so no " +
                "check counts.",
                $"{everywhere.SentenceIn(language)}。それが何にアクセスするのか誰にも分からないため、どのチェックも数えられません。")
            : Say.In(language, $"{everywhere.Sentence}: homework may not, since it can reach the " +
                "library's answers unseen, so no check counts.",
                $"{everywhere.SentenceIn(language)}。ライブラリの答えに見えないところでアクセスできるため、課題では使えません。" +
                "どのチェックも数えられません。");
    }

    /// <summary>A wrong value after a failed cell of the student's usually comes from that cell:
    /// say so.</summary>
    private static string? WithEarlierProblem(string? failure, IReadOnlyList<CellProblem> problems,
        string language) =>
        failure is not null && problems.FirstOrDefault() is { } first ? failure +
        FailureMessages.EarlierProblem(first, language) : failure;

    /// <summary>
    /// The check's failure, decided in the assignment's language: the library's Check methods and
    /// the <see cref="Judge"/>'s own sentences read
    /// <see cref="NeuralNetworks.Languages.Language.Current"/>.
    /// </summary>
    private static string? Decide(IReadOnlyList<RecordedCall> reference, string text,
        string language)
    {
        using var scope = NeuralNetworks.Languages.Language.In(language);
        try
        {
            return Judge.Failure(reference, ProbeRecords.Parse(text));
        }
        catch (InvalidDataException error)
        {
            return error.Message;
        }
    }
}
