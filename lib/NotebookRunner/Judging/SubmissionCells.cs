using NotebookRunner.Assignments;
using NotebookRunner.Notebooks;

namespace NotebookRunner.Judging;

/// <summary>What of a submission runs when it is graded, why the rest does not, and the directives
/// that fail every check.</summary>
public sealed record SelectedCells(IReadOnlyList<NotebookCell> Run,
    IReadOnlyList<CellProblem> Problems, IReadOnlyList<Violation> Violations);

/// <summary>
/// Which of a submission's cells run when it is graded: its C# code cells, without its copies of
/// check cells and of the answer-members cell (the grader uses the source's). A cell in another
/// language or with a magic command (#!fsharp, #!time, …) does not run, with a problem that says
/// why. Directives are read as the kernel reads them (<see cref="CellDirectives"/>): a #r of the
/// course library the assignment loads is accepted by what it loads and runs as the source's own
/// #r, so it loads the grading build; #region, #endregion, #pragma and #nullable are fine. Any
/// other directive (#load, #i, a #r of anything else, #define, #if, …) could run code the grader
/// cannot read: its cell does not run, and it fails every check.
/// </summary>
public static class SubmissionCells
{
    private static readonly string[] Harmless = ["region", "endregion", "pragma", "nullable"];

    /// <param name="libraryReference">The source's path to the library file a #r path means, or
    /// null (GradingEnvironment.LibraryReference).</param>
    /// <param name="language">The assignment's language, the problems' and refusals'
    /// (<see cref="Say"/>).</param>
    public static SelectedCells Select(Notebook submission, Func<string, string?> libraryReference,
        string language = Edition.English)
    {
        var run = new List<NotebookCell>();
        var problems = new List<CellProblem>();
        var violations = new List<Violation>();
        foreach (var cell in submission.Cells.Where(c => c.IsCode))
        {
            if (Markers.LooksLikeCheck(cell.Source) || Markers.IsAnswerMembers(cell.Source))
                continue;
            if (!cell.IsCSharp)
            {
                problems.Add(new CellProblem(cell.Number, Say.In(language,
                    $"cell {cell.Number} is a {CellLanguage.DisplayName(cell.Language)} cell: " +
                    "only C# cells run when work is graded.",
                    $"セル{cell.Number}は {CellLanguage.DisplayName(cell.Language)} のセルです。" +
                    "採点で実行されるのは C# のセルだけです。")));
                continue;
            }
            var directives = CellDirectives.Of(cell.Source);
            if (directives.FirstOrDefault(d => d.Name.StartsWith('!')
                && !IsSelector(cell.Source, d)) is { } magic)
            {
                problems.Add(new CellProblem(cell.Number, Say.In(language,
                    $"cell {cell.Number} uses the magic command #{magic.Name}: graded cells are " +
                    "plain C#, so it did not run.",
                    $"セル{cell.Number}はマジックコマンド #{magic.Name} を使っています。採点するセルはふつうの C# なので、" +
                    "このセルは実行しませんでした。")));
                continue;
            }
            var source = cell.Source;
            string? refused = null;
            foreach (var directive in directives.OrderByDescending(d => d.Start))
            {
                if (directive.Name.StartsWith('!') || Harmless.Contains(directive.Name)) continue;
                if (directive.Name == "r" && Quoted(directive.Argument) is { } path
                    && libraryReference(path) is { } library)
                {
                    // The whole line, from before any indentation: the kernel's own parser takes
                    // only an unindented #r.
                    var from = directive.Start;
                    while (from > 0 && !CellDirectives.IsBreak(source[from - 1])) from--;
                    source = string.Concat(source.AsSpan(0, from), $"#r \"{library}\"",
                        source.AsSpan(directive.Start + directive.Length));
                }
                else
                    refused = Refusal(directive);
            }
            if (refused is not null)
                violations.Add(
                    new Violation(cell.Number, null, refused + " (so the cell did not run)",
                        ViolationKind.Forbidden));
            else run.Add(cell with { Source = source });
        }
        return new SelectedCells(run, problems, violations);
    }

    private static string Refusal(CellDirective directive) => directive.Name switch
    {
        "r" => $"loads {Shown(directive.Argument)} with #r, and graded work may load only the " +
            "course library the assignment loads",
        "load" => $"runs {Shown(directive.Argument)} with #load, code the grader cannot read",
        "i" => $"adds a package source with #i {Shown(directive.Argument)}",
        _ => $"uses the directive #{Shown(directive.Name)}, and graded cells may use only #r of " +
        "the course library, #region, #pragma and #nullable",
    };

    /// <summary>The path of a #r argument that is one plain quoted string ("…" and nothing after
    /// it), else null.</summary>
    private static string? Quoted(string argument) =>
        argument.Length >= 2 && argument[0] == '"' && argument[^1] == '"'
        && argument.Count(c => c == '"') == 2 ? argument[1..^1] : null;

    /// <summary>A student's text as a report shows it: one line, at most 80 characters, control
    /// characters escaped.</summary>
    private static string Shown(string text)
    {
        var line = string.Concat(text.Take(80)
            .Select(c => char.IsControl(c) || char.IsSurrogate(c) ? $"\\u{(int)c:X4}"
                : c.ToString()));
        return text.Length > 80 ? line + "…" : line;
    }

    /// <summary>#!csharp (or #!c#, …) as the cell's first line only selects the language of a C#
    /// cell.</summary>
    private static bool IsSelector(string source, CellDirective directive) =>
        CellSource.Lines(source).Select((l, i) => (Text: l.Trim(), Line: i + 1))
            .FirstOrDefault(l => l.Text.Length > 0) is { } first
        && first.Line == directive.Line && CellLanguage.Magic(first.Text) == "csharp";
}
