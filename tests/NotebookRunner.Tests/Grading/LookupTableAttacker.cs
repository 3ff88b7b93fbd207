using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NotebookRunner.Assignments;

namespace NotebookRunner.Tests.Grading;

/// <summary>
/// The student of issue 26 who resubmits to learn the hidden checks, as a program, for homework 02. It reads only what the
/// student sees of the last round (the Markdown report and the Classroom result) and writes the next submission: Sigmoid,
/// SigmoidDerivative, ReLU and ReLUDerivative do no work, they look their input up in a table of every value the reports
/// gave away. From "F(x): expected E but got G (difference D, …)" it learns E for x; when E is printed to ten digits it
/// returns E − 10⁻⁶ next time, and the difference then gives E to full precision (how the attacker of the issue reached
/// 7/10). For an input not in its table a function returns the last such input it was called with, so a check that runs
/// after another would report that one's input as "got …". Every input it finds named, either way, is in <see cref="SeenInputs"/>.
/// </summary>
public sealed partial class LookupTableAttacker
{
    private static readonly string[] Functions = ["Sigmoid", "SigmoidDerivative", "ReLU", "ReLUDerivative"];
    private readonly Dictionary<(string Name, double Input), double> table = [];

    /// <summary>Inputs the attacker saw named in a report (in a check's label, or as a value its function passed on).</summary>
    public HashSet<double> SeenInputs { get; } = [];

    public IReadOnlyDictionary<(string Name, double Input), double> Table => table;

    /// <summary>The next submission: the released notebook, a table cell, and the four functions as look-ups.</summary>
    public JsonObject Submission(Assignment assignment)
    {
        var bodies = Functions.Select((name, i) => (i, $"return Answer(\"{name}\", u);")).ToDictionary(x => x.i, x => x.Item2);
        var document = SubmissionVariants.WithRegionsReplaced(assignment, bodies);
        var cells = (JsonArray)document["cells"]!;
        var first = cells.Select((c, i) => (c, i)).First(x => NotebookRunner.Notebooks.NotebookReader.Source(x.c!["source"]).Contains("double Sigmoid(", StringComparison.Ordinal)).i;
        return CourseCopy.WithCellAt(document, first, TableCell());
    }

    private string TableCell()
    {
        var code = new StringBuilder("// Every value the reports gave away; no function below computes anything.\n");
        code.Append("var table = new Dictionary<(string, double), double>\n{\n");
        foreach (var ((name, input), value) in table) code.Append(CultureInfo.InvariantCulture, $"    [(\"{name}\", {Literal(input)})] = {Literal(value)},\n");
        code.Append("};\ndouble last = 0;\n");
        code.Append("double Answer(string name, double u)\n{\n    if (table.TryGetValue((name, u), out var known)) return known;\n");
        code.Append("    (last, u) = (u, last);\n    return u;\n}\n");
        return code.ToString();
    }

    /// <summary>Learns from the student's outputs of one round: the Markdown report and the Classroom result.</summary>
    public void Read(string markdown, string classroom)
    {
        var texts = ((JsonArray)JsonNode.Parse(classroom)!["tests"]!).Select(t => (string?)t!["message"] ?? "").Prepend(Unescape(markdown)).ToList();
        foreach (var label in texts.SelectMany(t => Label().Matches(t))) SeenInputs.Add(Number(label.Groups["x"].Value));
        // Both outputs hold the same messages: learn from each once.
        foreach (var failure in texts.SelectMany(t => Failure().Matches(t)).DistinctBy(m => m.Value)) Learn(failure);
    }

    private void Learn(Match failure)
    {
        var key = (failure.Groups["f"].Value, Number(failure.Groups["x"].Value));
        var printed = failure.Groups["e"].Value;
        var (expected, got, difference) = (Number(printed), Number(failure.Groups["g"].Value), Number(failure.Groups["d"].Value));
        if (table.TryGetValue(key, out var planted) && Close(planted, got))
        {
            // It returned what it planted: the difference, printed to ten digits, pins the expected value down.
            table[key] = expected > planted ? planted + difference : expected < planted ? planted - difference : expected - 1e-6 * Math.Max(1, Math.Abs(expected));
            return;
        }
        if (!table.ContainsKey(key)) SeenInputs.Add(got);
        var digits = printed.TrimStart('-').Replace(".", "", StringComparison.Ordinal).TrimStart('0').Split('E')[0].Length;
        table[key] = digits <= 7 ? expected : expected - 1e-6 * Math.Max(1, Math.Abs(expected));
    }

    private static bool Close(double planted, double got) =>
        planted.ToString("G10", CultureInfo.InvariantCulture) == got.ToString("G10", CultureInfo.InvariantCulture);

    /// <summary>The Markdown report as text: backslash escapes and HTML entities undone.</summary>
    private static string Unescape(string markdown) => WebUtility.HtmlDecode(Backslash().Replace(markdown, "$1"));

    private static double Number(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static string Literal(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"(?<f>\b(Sigmoid|SigmoidDerivative|ReLU|ReLUDerivative))\((?<x>[-+]?[0-9.]+(E[-+]?[0-9]+)?)\)[^:|]*: expected (?<e>[-+]?[0-9.]+(E[-+]?[0-9]+)?) but got (?<g>[-+]?[0-9.]+(E[-+]?[0-9]+)?) \(difference (?<d>[0-9.]+(E[-+]?[0-9]+)?),", RegexOptions.IgnoreCase)]
    private static partial Regex Failure();

    [GeneratedRegex(@"\b(Sigmoid|SigmoidDerivative|ReLU|ReLUDerivative)\((?<x>[-+]?[0-9.]+(E[-+]?[0-9]+)?)\)", RegexOptions.IgnoreCase)]
    private static partial Regex Label();

    [GeneratedRegex(@"\\([!-/:-@\[-`{-~])")]
    private static partial Regex Backslash();
}
