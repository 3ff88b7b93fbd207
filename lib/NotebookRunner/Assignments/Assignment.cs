using NotebookRunner.Notebooks;

namespace NotebookRunner.Assignments;

/// <summary>
/// A check cell of a source assignment: Cell is its 1-based position in the notebook. Hint is the
/// text of a <c>// HINT: …</c> line right after the check's header (null without one): all a
/// student's report says about a failed hidden check besides its name.
/// </summary>
public sealed record CheckCell(int Cell, string Name, int Points, bool Hidden, string Source)
{
    public string? Hint { get; init; }
}

/// <summary>A solution region: the lines BeginLine…EndLine (1-based, markers included) of a code
/// cell.</summary>
public sealed record SolutionRegion(int Cell, int BeginLine, int EndLine, string Hint,
    string Indent);

/// <summary>
/// A source assignment: a notebook with solution regions, check cells (see <see cref="Markers"/>)
/// and the library members that are its answer (its `// ANSWER MEMBERS` cell; none is an explicit
/// empty list) and those it allows, validated when loaded, with each check already split into its
/// reference and student probes. Checks run in notebook order; Possible is their points.
/// </summary>
public sealed record Assignment(Notebook Notebook, IReadOnlyList<CheckCell> Checks,
    IReadOnlyList<SolutionRegion> Regions,
    IReadOnlyList<string> AnswerMembers, IReadOnlyList<CheckProbe> Probes)
{
    public string Path => Notebook.Path;

    public string Name => System.IO.Path.GetFileNameWithoutExtension(Notebook.Path);

    public int Possible => Checks.Sum(c => c.Points);

    /// <summary>
    /// The order checks run in when graded: the visible ones first, then the hidden ones, each in
    /// notebook order. A student's code keeps state between checks, so a hidden check's inputs
    /// could otherwise come back in a later visible check's message (a function that returns the
    /// last input it saw), which the student's report shows in full.
    /// </summary>
    public IEnumerable<CheckProbe> GradingOrder =>
        Probes.Where(p => !p.Check.Hidden).Concat(Probes.Where(p => p.Check.Hidden));

    /// <summary>What a student's code may use of the library besides every assignment's defaults
    /// (its AnswerMembers.Allow(…)).</summary>
    public IReadOnlyList<string> Allowed { get; init; } = [];

    /// <summary>Reads and validates an assignment; a marker problem is a NotebookException naming
    /// the file, cell and line.</summary>
    public static Assignment Load(string path) => AssignmentParser.Parse(NotebookReader.Read(path));
}
