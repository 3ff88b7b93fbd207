using System.Text;
using System.Text.Json;
using NotebookRunner.Tests.Support;

namespace NotebookRunner.Tests;

/// <summary>
/// No string in any course notebook (lessons, appendices, homework sources; every cell's source, metadata and outputs)
/// holds a control character other than the newline. A script that writes "\frac" or "\text" into notebook JSON without
/// doubling the backslash stores a form feed or a TAB, which KaTeX then shows as garbage on the site (lesson 06's
/// truncation errors and lesson 10's residual gradient once did): the character names the cell and the text around it.
/// </summary>
public sealed class NotebookTextTests
{
    public static TheoryData<string> Notebooks() =>
        new(Directory.GetFiles(CourseRun.Notebooks, "*.ipynb", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(CourseRun.Notebooks, p)).Order(StringComparer.Ordinal));

    [Theory, MemberData(nameof(Notebooks))]
    public void Holds_no_control_character_but_the_newline(string file)
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(CourseRun.Notebooks, file)));
        var found = new List<string>();
        Walk(doc.RootElement, "", found);
        Assert.True(found.Count == 0, $"{file}:\n" + string.Join("\n", found));
    }

    /// <summary>
    /// Nothing follows a <c>&lt;/details&gt;</c> on its line: Markdown reads the rest of that line as part of the HTML block,
    /// so the site shows it inside the folded solution (lesson 01's XOR proof once hid there, after exercise 2's answer).
    /// </summary>
    [Theory, MemberData(nameof(Notebooks))]
    public void Leaves_no_text_on_the_line_after_a_closing_details_tag(string file)
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(CourseRun.Notebooks, file)));
        var found = new List<string>();
        var cells = doc.RootElement.GetProperty("cells").EnumerateArray().ToList();
        for (int i = 0; i < cells.Count; i++)
        {
            if (cells[i].GetProperty("cell_type").GetString() != "markdown") continue;
            var source = string.Concat(cells[i].GetProperty("source").EnumerateArray().Select(l => l.GetString()));
            foreach (var line in source.Split('\n'))
            {
                var at = line.IndexOf("</details>", StringComparison.OrdinalIgnoreCase);
                if (at >= 0 && line[(at + "</details>".Length)..].Trim().Length > 0)
                    found.Add($"  cell {i}: \"{line[at..Math.Min(line.Length, at + 70)]}\"");
            }
        }
        Assert.True(found.Count == 0, $"{file}: start the text after </details> on a line of its own, after a blank line:\n" + string.Join("\n", found));
    }

    /// <summary>Every string under element, with where it sits (cells[13].source[2]) and the text around each control character.</summary>
    private static void Walk(JsonElement element, string path, List<string> found)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject()) Walk(property.Value, $"{path}.{property.Name}", found);
                break;
            case JsonValueKind.Array:
                int i = 0;
                foreach (var item in element.EnumerateArray()) Walk(item, $"{path}[{i++}]", found);
                break;
            case JsonValueKind.String:
                var text = element.GetString()!;
                for (int k = 0; k < text.Length; k++)
                    if (char.IsControl(text[k]) && text[k] != '\n')
                        found.Add($"  {path.TrimStart('.')}: U+{(int)text[k]:X4} in \"{Visible(text, k)}\"");
                break;
        }
    }

    private static string Visible(string text, int at)
    {
        var around = new StringBuilder();
        foreach (var c in text[Math.Max(0, at - 25)..Math.Min(text.Length, at + 25)])
            around.Append(char.IsControl(c) ? $"\\u{(int)c:X4}" : c.ToString());
        return around.ToString();
    }
}
