using System.Text;
using System.Text.RegularExpressions;
using NotebookRunner.Notebooks;

namespace NotebookRunner.FileApps;

/// <summary>
/// A notebook as a .NET 10 file-based app that reads like the lesson: the header says where it came
/// from and how to run it; the markdown cells become comments in cell order (math as plain text);
/// each code cell follows under a comment and a <c>App.Cell(n, "section")</c> call that prints a
/// header naming it; the cell's last value is shown with <c>display(…)</c>, as the kernel shows it;
/// type declarations move to the end, where C# wants them. The generator's own comments are in the
/// edition's language (<see cref="AppWords"/>).
/// </summary>
public static partial class AppWriter
{
    /// <summary>The app's text for <paramref name="notebook"/>, to be written where
    /// <paramref name="place"/> says.</summary>
    public static string Write(Notebook notebook, AppPlace place)
    {
        var (origin, notebookFolder, appFolder) =
            (place.Origin, Path.GetDirectoryName(Path.GetFullPath(notebook.Path))!, place.Folder);
        var words = AppWords.For(place.Edition);
        var usings = new List<string>();
        var types = new List<string>();
        var body = new StringBuilder();
        var section = "";
        var csharp = notebook.Cells.Where(c => c.IsCSharp).ToList();
        // Each #r "….dll" of the notebook: compiled against to read the cells' names, and included
        // from the app's folder.
        var libraries = csharp.SelectMany(c => Reference().Matches(c.Source)
            .Select(m => Path.GetFullPath(Path.Combine(notebookFolder, m.Groups[1].Value))))
            .Distinct(StringComparer.Ordinal).ToList();
        var renamed = Renames.Apply(
            csharp.Select(c => (c.Number, CellCode.WithoutDirectives(c.Source, words.Directive)))
                .ToList(), libraries)
            .Select((cell, i) => (csharp[i].Number, cell)).ToDictionary(p => p.Number, p => p.cell);
        foreach (var cell in notebook.Cells)
        {
            if (!cell.IsCode)
            {
                section = Heading().Match(cell.Source) is { Success: true } heading
                    ? heading.Groups[1].Value.Trim() : section;
                body.Append(Comment(cell.Source)).Append('\n');
                continue;
            }
            if (!cell.IsCSharp) throw new NotebookException(
                $"{origin} cell {cell.Number}: a {cell.Language} cell has no place in a C# " +
                "file-based app.", 1);
            var code = CellCode.Read(renamed[cell.Number].Source, $"{origin} cell {cell.Number}");
            usings.AddRange(code.Usings);
            types.AddRange(code.Types);
            body.Append($"// ── cell {cell.Number} ──\n")
                .Append($"App.Cell({cell.Number}, {Literal(section)});\n");
            if (code.Statements.Length == 0) { body.Append('\n'); continue; }
            // A homework check cell that no later cell depends on runs guarded: its failure is
            // printed and the app goes on.
            var guarded = place.ContinueAfterErrors
                && Assignments.Markers.LooksLikeCheck(cell.Source)
                && !renamed[cell.Number].DeclaresForLater && code.Types.Count == 0;
            body.Append(guarded ? Guarded(code.Statements) : code.Statements).Append("\n\n");
        }
        var app = new StringBuilder()
            .Append("#!/usr/bin/env dotnet\n")
            .Append($"// {notebook.Title}\n")
            .Append(words.GeneratedFrom(origin))
            .Append(words.EditAndConvert)
            .Append(words.RunFromRoot)
            .Append($"//   dotnet build lib/NeuralNetworks && dotnet run {place.RunPath}\n")
            .Append(words.Offline)
            .Append(words.Debugger)
            .Append(words.PublishAot)
            .Append("#:property PublishAot=false\n")
            .Append(words.Warnings)
            .Append("#:property TreatWarningsAsErrors=false\n")
            .Append(words.Library);
        foreach (var library in libraries)
            app.Append(
                $"#:include {Path.GetRelativePath(appFolder, library).Replace('\\', '/')}\n");
        app.Append(words.Usings);
        var kernelUsings = CellCode.KernelUsings.Where(u => !ImplicitUsings.Contains(u))
            .Select(u => $"using {u};");
        foreach (var line in kernelUsings.Concat(
            ["using NeuralNetworks.Apps;", "using static NeuralNetworks.Apps.App;"])
            .Concat(usings).Distinct(StringComparer.Ordinal))
            app.Append(line).Append('\n');
        app.Append('\n');
        // An app outside its notebook's place (apps/ja/) works where its English twin does, so the
        // code's paths hold.
        if (place.WorkIn == ".") app.Append($"App.Start({Literal(notebook.Title)}, args);\n\n");
        else
            app.Append(string.Format(System.Globalization.CultureInfo.InvariantCulture,
                words.WorkIn, place.WorkIn))
                .Append($"App.Start({Literal(notebook.Title)}, args, workIn: " +
                    $"{Literal(place.WorkIn)});\n\n");
        app.Append(body).Append("App.End();\n");
        if (types.Count > 0)
            app.Append(words.Types).AppendJoin("\n", types);
        return app.ToString();
    }

    /// <summary>A check cell of a homework app: an exception is printed as the kernel prints it,
    /// and the app goes on.</summary>
    private static string Guarded(string statements) =>
        "try\n{\n" + string.Join("\n", statements.Split('\n')
            .Select(l => l.Length == 0 ? l : "    " + l))
        + "\n}\ncatch (Exception error)\n{\n    App.Error(error);\n}";

    /// <summary>A markdown cell as // lines, its math as plain text and its HTML tags left
    /// out.</summary>
    private static string Comment(string markdown)
    {
        var text = Tag().Replace(
            MathText.InMarkdown(markdown.Replace("\r\n", "\n", StringComparison.Ordinal)), "");
        return string.Concat(text.TrimEnd('\n').Split('\n')
            .Select(line => line.Length == 0 ? "//\n" : "// " + line.TrimEnd() + "\n"));
    }

    /// <summary>The namespaces a file-based app imports already (the SDK's implicit usings for a
    /// console app).</summary>
    private static readonly HashSet<string> ImplicitUsings =
        ["System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Net.Http",
            "System.Threading", "System.Threading.Tasks"];

    private static string Literal(string text) =>
        Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(text, quote: true);

    [GeneratedRegex(@"^#{1,3}\s+(.+)$", RegexOptions.Multiline)]
    private static partial Regex Heading();

    [GeneratedRegex(@"^\s*#r\s+""([^""]+\.dll)""", RegexOptions.Multiline)]
    private static partial Regex Reference();

    [GeneratedRegex(@"</?(?:details|summary|div|span|br|p|b|i|em|strong|sup|sub|a)(?:\s[^>]*)?/?>",
        RegexOptions.IgnoreCase)]
    private static partial Regex Tag();
}
