using System.Text.RegularExpressions;

namespace NotebookRunner.Tests.Support;

/// <summary>A row of notebooks/glossary.md: English | 日本語 (one or more, comma-separated) | meaning | lesson.</summary>
public sealed record GlossaryTerm(string English, IReadOnlyList<string> Japanese, int Lesson);

/// <summary>
/// notebooks/glossary.md and the lessons' <c>### Key terms</c> tables as data: which lesson introduces a term, which
/// lessons teach it, and where the prose names it.
/// </summary>
public static partial class Glossary
{
    /// <summary>
    /// Other forms the prose uses for a glossary term, besides its English name (matched without case, whole words, with
    /// a plural "s" and British "-isation" allowed): the short name of a function, the loss named after its formula,
    /// the abbreviations the glossary's meanings give.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> OtherForms = new Dictionary<string, string>
    {
        ["activation"] = "activation function",
        ["sigmoid"] = "sigmoid function",
        ["softmax"] = "softmax function",
        ["cross-entropy"] = "cross-entropy error",
        ["cross-entropy loss"] = "cross-entropy error",
        ["numerical gradient"] = "numerical derivative",
        ["gradient vector"] = "gradient",
        ["backprop"] = "backpropagation",
        ["SGD"] = "stochastic gradient descent",
        ["initialization"] = "weight initialization",
        ["autograd"] = "automatic differentiation",
        ["CNN"] = "convolutional neural network",
        ["RNN"] = "recurrent neural network",
    };

    private static readonly Lazy<IReadOnlyList<GlossaryTerm>> Rows = new(ReadRows);
    private static readonly Lazy<IReadOnlyDictionary<int, IReadOnlyList<string>>> Tables = new(ReadKeyTerms);
    private static readonly Lazy<IReadOnlyList<(string Term, Regex Form)>> Forms = new(BuildForms);
    private static readonly Lazy<IReadOnlyDictionary<int, string>> Prose = new(() =>
        LessonExercises.LessonFiles().Select(f => int.Parse(Path.GetFileName(f)[..2])).ToDictionary(n => n, CourseProse.Lesson));
    private static readonly Lazy<IReadOnlyDictionary<int, string>> PlainProse = new(() =>
        Prose.Value.ToDictionary(p => p.Key, p => CourseProse.Plain(p.Value)));

    public static IReadOnlyList<GlossaryTerm> Terms => Rows.Value;

    public static GlossaryTerm Term(string english) => Terms.Single(t => t.English == english);

    /// <summary>Lesson number → the English names in its <c>### Key terms</c> table, in order.</summary>
    public static IReadOnlyDictionary<int, IReadOnlyList<string>> KeyTerms => Tables.Value;

    /// <summary>
    /// The lessons that teach a term: the glossary's lesson, every lesson whose key-terms table lists it, and a lesson
    /// before the glossary's that already gives the term its Japanese name in brackets, as AUTHORING asks on first use
    /// (lesson 00's "hidden layers (隠れ層, 中間層)"). A later lesson that repeats the Japanese name only reminds.
    /// </summary>
    public static IReadOnlySet<int> Teaching(string english)
    {
        GlossaryTerm term = Term(english);
        var lessons = new SortedSet<int> { term.Lesson };
        lessons.UnionWith(KeyTerms.Where(k => k.Value.Contains(english)).Select(k => k.Key));
        lessons.UnionWith(KeyTerms.Keys.Where(n => n < term.Lesson && term.Japanese.Any(j =>
            Regex.IsMatch(Prose.Value[n], $@"[(（]\s*(?:also\s+)?{Regex.Escape(j)}\s*[,、)）]"))));
        return lessons;
    }

    /// <summary>Whether lesson NN's prose (code and math left out) names the term in any of its forms.</summary>
    public static bool Names(int lesson, string english) =>
        PlainProse.Value.TryGetValue(lesson, out string? prose) && Forms.Value.Any(f => f.Term == english && f.Form.IsMatch(prose));

    /// <summary>The glossary terms a sentence names, longest form first, each stretch of text read once.</summary>
    public static IReadOnlyList<(int Start, int End, string Term)> TermsIn(string sentence)
    {
        var taken = new bool[sentence.Length];
        var found = new List<(int, int, string)>();
        foreach (var (term, form) in Forms.Value)
            foreach (Match m in form.Matches(sentence))
            {
                if (taken.AsSpan(m.Index, m.Length).Contains(true)) continue;
                taken.AsSpan(m.Index, m.Length).Fill(true);
                found.Add((m.Index, m.Index + m.Length, term));
            }
        return found.OrderBy(f => f.Item1).ToList();
    }

    private static IReadOnlyList<GlossaryTerm> ReadRows() =>
        File.ReadAllLines(Path.Combine(CourseRun.Notebooks, "glossary.md"))
            .Select(l => Row().Match(l)).Where(m => m.Success)
            .Select(m => new GlossaryTerm(m.Groups[1].Value.Trim(),
                m.Groups[2].Value.Split(',').Select(j => j.Trim()).ToList(), int.Parse(m.Groups[3].Value)))
            .ToList();

    private static IReadOnlyDictionary<int, IReadOnlyList<string>> ReadKeyTerms() =>
        Prose.Value.ToDictionary(p => p.Key, p =>
        {
            int start = p.Value.IndexOf("### Key terms", StringComparison.Ordinal);
            if (start < 0) return (IReadOnlyList<string>)[];
            string table = p.Value[start..].Split("\n\n").Skip(1).FirstOrDefault(b => b.TrimStart().StartsWith('|')) ?? "";
            return KeyTermRow().Matches(table).Select(m => m.Groups[1].Value.Trim())
                .Where(e => e != "English" && !e.StartsWith("---", StringComparison.Ordinal)).ToList();
        });

    private static IReadOnlyList<(string, Regex)> BuildForms() =>
        Terms.Select(t => (Form: t.English, Term: t.English))
            .Concat(OtherForms.Select(o => (Form: o.Key, Term: o.Value)))
            .OrderByDescending(f => f.Form.Length)
            .Select(f => (f.Term, new Regex(@"(?<![\w-])" + Regex.Escape(f.Form).Replace(@"\ ", @"\s+")
                .Replace("ization", "i[sz]ation") + @"(?:s|es)?(?![\w-])", RegexOptions.IgnoreCase)))
            .ToList();

    [GeneratedRegex(@"^\|\s*([^|]+?)\s*\|\s*([^|]+?)\s*\|.*\|\s*(\d\d)\s*\|\s*$")]
    private static partial Regex Row();

    [GeneratedRegex(@"^\|\s*([^|]+?)\s*\|", RegexOptions.Multiline)]
    private static partial Regex KeyTermRow();
}
