using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using NotebookRunner.Notebooks;

namespace NotebookRunner.FileApps;

/// <summary>
/// One code cell, read as the kernel reads it (a C# script submission) and split into what a
/// file-based app needs in three places: its using directives (at the top of the file), its
/// statements (in order, with the cell's last value shown as the kernel shows it), and its type
/// declarations (after every statement, where C# wants them).
/// </summary>
public sealed record CellCode(IReadOnlyList<string> Usings, string Statements,
    IReadOnlyList<string> Types, bool DeclaresNothing)
{
    /// <summary>How the kernel parses a cell: as a C# script submission.</summary>
    public static readonly CSharpParseOptions Script = CSharpParseOptions.Default
        .WithKind(SourceCodeKind.Script).WithLanguageVersion(LanguageVersion.Latest);

    /// <summary>The namespaces the kernel imports into every cell.</summary>
    public static readonly IReadOnlyList<string> KernelUsings =
        ["System", "System.Text", "System.Collections", "System.Collections.Generic",
            "System.Threading.Tasks", "System.Linq"];

    /// <summary>
    /// Splits <paramref name="source"/>; the kernel's own directives (#r of the course library,
    /// #!magic lines) are left out, since the app references the library itself. Throws, naming the
    /// cell, on code a file-based app cannot hold.
    /// </summary>
    public static CellCode Read(string source, string where)
    {
        var root = (CompilationUnitSyntax)CSharpSyntaxTree.ParseText(WithoutDirectives(source),
            Script).GetRoot();
        var errors = root.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error)
            .ToList();
        if (errors.Count > 0)
            throw new NotebookException(
                $"{where}: the cell does not parse as C# ({errors[0]}); fix the notebook first.",
                1);
        var usings = root.Usings.Select(u => u.ToString().Trim()).ToList();
        var statements = new List<string>();
        var types = new List<string>();
        var declaresNothing = true;
        var members = root.Members;
        for (var i = 0; i < members.Count; i++)
        {
            var member = members[i];
            var text = member.ToFullString();
            switch (member)
            {
                case GlobalStatementSyntax { Statement: ExpressionStatementSyntax expression }
                    when expression.SemicolonToken.IsMissing:
                    // The script's last expression, which the kernel shows under the cell.
                    statements.Add(Leading(member) +
                        $"display({expression.Expression.ToString().Trim()});" + Trailing(member));
                    break;
                case GlobalStatementSyntax
                {
                    Statement: LocalDeclarationStatementSyntax
                    or LocalFunctionStatementSyntax
                }:
                    declaresNothing = false;
                    statements.Add(text);
                    break;
                case GlobalStatementSyntax:
                    statements.Add(text);
                    break;
                case MethodDeclarationSyntax or FieldDeclarationSyntax:
                    // A script's method or field is a local function or variable of the app's
                    // top-level statements.
                    declaresNothing = false;
                    RefuseAccessModifiers(member, where);
                    statements.Add(text);
                    break;
                case BaseTypeDeclarationSyntax or DelegateDeclarationSyntax:
                    types.Add(text.Trim('\n') + "\n");
                    break;
                default:
                    throw new NotebookException(
                        $"{where}: a {member.Kind()} at the top of a cell has no place in a " +
                        "file-based app; "
                        + "write it as a local function or inside a type.", 1);
            }
        }
        return new CellCode(usings, string.Concat(statements).Trim('\n'), types, declaresNothing);
    }

    /// <summary>
    /// The source with each kernel directive line turned into a comment, followed by
    /// <paramref name="note"/> (the English one unless given: a Japanese app's is Japanese); line
    /// endings as \n.
    /// </summary>
    public static string WithoutDirectives(string source, string? note = null) =>
        string.Join("\n", source.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n')
            .Select(line => IsKernelDirective(line) ? "// " + line.TrimStart() +
                (note ?? AppWords.English.Directive) : line));

    /// <summary>A kernel directive line: #r "…", #!time and the other magic commands.</summary>
    public static bool IsKernelDirective(string line)
    {
        var trimmed = line.TrimStart();
        return trimmed.StartsWith("#r ", StringComparison.Ordinal)
            || trimmed.StartsWith("#!", StringComparison.Ordinal);
    }

    private static void RefuseAccessModifiers(MemberDeclarationSyntax member, string where)
    {
        var access = member.Modifiers.Where(m => m.IsKind(SyntaxKind.PublicKeyword)
            || m.IsKind(SyntaxKind.PrivateKeyword)
            || m.IsKind(SyntaxKind.InternalKeyword) || m.IsKind(SyntaxKind.ProtectedKeyword)
            || m.IsKind(SyntaxKind.ReadOnlyKeyword)).ToList();
        if (access.Count > 0)
            throw new NotebookException(
                $"{where}: \"{string.Join(" ", access)}\" on a top-level member has no place in " +
                "a file-based app, "
                + "whose top-level methods are local functions: leave it out in the notebook.", 1);
    }

    private static string Leading(SyntaxNode node) => node.GetLeadingTrivia().ToFullString();

    private static string Trailing(SyntaxNode node) =>
        node.GetTrailingTrivia().ToFullString().TrimEnd(' ');
}
