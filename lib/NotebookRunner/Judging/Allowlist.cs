using Microsoft.CodeAnalysis;

namespace NotebookRunner.Judging;

/// <summary>
/// The parts of the course library (and of anything else outside .NET's own System assemblies) a
/// submission may use: every assignment's defaults, and what its answer-members cell allows with
/// AnswerMembers.Allow(…). A name is a namespace (its types and those of the namespaces inside it),
/// a type (its members and nested types) or a member (every overload and accessor; naming its type
/// to reach it is allowed too). Anything else a student's code names from the library is refused,
/// so a part of the library that computes an answer cannot stand in for the student's work even
/// when nobody thought to declare it (the autograd's Value.Sigmoid in homework 02, a Dense layer
/// with a sigmoid activation).
/// </summary>
public sealed class Allowlist(IEnumerable<string> declared)
{
    /// <summary>
    /// What every assignment allows: the library's
    /// <see cref="NeuralNetworks.Homework.AnswerMembers.AlwaysAllowed"/> (MathNet's vectors and
    /// matrices with their builders and factorizations, the checks, the charts, the data sets and
    /// their loaders), and the kernel's display(…).
    /// </summary>
    public static IReadOnlyList<string> Defaults { get; } =
        [.. NeuralNetworks.Homework.AnswerMembers.AlwaysAllowed,
            "Microsoft.DotNet.Interactive.Kernel.display"];

    private readonly IReadOnlyList<string> names = [.. Defaults, .. declared];

    public IReadOnlyList<string> Names => names;

    public bool Covers(ISymbol symbol)
    {
        if (symbol is INamedTypeSymbol type)
        {
            var full = FullName(type);
            return names.Any(n => full == n || full.StartsWith(n + ".", StringComparison.Ordinal)
                || n.StartsWith(full + ".", StringComparison.Ordinal));
        }
        if (symbol.ContainingType is not { } owner) return false;
        var typeName = FullName(owner);
        var member = $"{typeName}.{MemberName(symbol)}";
        return names.Any(n => member == n || typeName == n
            || typeName.StartsWith(n + ".", StringComparison.Ordinal));
    }

    /// <summary>Namespace.Type (Outer.Inner for a nested type), without type parameters: the
    /// spelling the declarations use.</summary>
    public static string FullName(INamedTypeSymbol type)
    {
        var definition = type.OriginalDefinition;
        var outer = definition.ContainingType is { } container ? FullName(container)
            : definition.ContainingNamespace is { IsGlobalNamespace: false } space
                ? space.ToDisplayString() : "";
        return outer.Length == 0 ? definition.Name : $"{outer}.{definition.Name}";
    }

    /// <summary>A property's or event's name for its accessors, the method's name
    /// otherwise.</summary>
    public static string MemberName(ISymbol symbol) =>
        symbol is IMethodSymbol { AssociatedSymbol: { } associated } ? associated.Name
        : symbol.Name;
}
