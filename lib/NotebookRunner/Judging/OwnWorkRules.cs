using Microsoft.CodeAnalysis;

namespace NotebookRunner.Judging;

/// <summary>
/// Judges one symbol a submission uses. The student's own code is fine; an answer member never is;
/// .NET's own System assemblies are fine but for <see cref="ForbiddenApis"/>; anything else (the
/// course library, MathNet, the kernel's assemblies) only where the <see cref="Allowlist"/> allows
/// it. A type is judged with its type arguments and an array by its elements; a symbol Roslyn could
/// not bind is unreadable.
/// </summary>
public sealed class OwnWorkRules(IReadOnlyList<string> answerMembers, Allowlist allowlist,
    AnalysisReferences references)
{
    public AnalysisReferences References => references;

    public (ViolationKind Kind, string What)? Judge(ISymbol symbol)
    {
        switch (symbol)
        {
            case IAliasSymbol alias: return Judge(alias.Target);
            case IDynamicTypeSymbol: return (ViolationKind.Forbidden, "uses dynamic");
            case IPointerTypeSymbol
                or IFunctionPointerTypeSymbol:
                return (ViolationKind.Forbidden, "uses unsafe code");
            case IArrayTypeSymbol array: return Judge(array.ElementType);
            case IErrorTypeSymbol error:
                return (ViolationKind.Unreadable,
                $"uses {error.Name}, which the grader cannot find");
            case IMethodSymbol { ReducedFrom: { } extension }: return Judge(extension);
            case INamedTypeSymbol { IsGenericType: true } generic
                when !SymbolEqualityComparer.Default.Equals(generic, generic.OriginalDefinition):
                return generic.TypeArguments.Select(Judge).FirstOrDefault(j => j is not null)
                    ?? Judge(generic.OriginalDefinition);
            case INamedTypeSymbol or IMethodSymbol or IPropertySymbol or IFieldSymbol
                or IEventSymbol:
                break;
            default: return null;
        }
        var definition = symbol.OriginalDefinition;
        if (definition.Locations.Any(l => l.IsInSource)) return null;
        if (AnswerMemberOf(definition) is { } member)
            return (ViolationKind.AnswerMember, $"calls {member}, which is the answer itself");
        var assembly = definition as IAssemblySymbol ?? definition.ContainingAssembly;
        if (references.IsFramework(assembly))
            return ForbiddenApis.Of(definition) is { } use
                ? (ViolationKind.Forbidden, $"uses {use} ({Describe(definition)})") : null;
        return allowlist.Covers(definition) ? null
            : (ViolationKind.NotAllowed,
                $"uses {Describe(definition)}, which this assignment does not allow");
    }

    /// <summary>Namespace.Type.Member, as an instructor declares it.</summary>
    public static string Describe(ISymbol symbol) => symbol switch
    {
        INamedTypeSymbol type => Allowlist.FullName(type),
        { ContainingType: { } type } => $"{Allowlist.FullName(type)}." +
            $"{(symbol is IMethodSymbol { MethodKind: MethodKind.Constructor }
                ? "new"
                : Allowlist.MemberName(symbol))}",
        _ => symbol.ToDisplayString(),
    };

    /// <summary>The declared answer member a symbol is (a whole type's members, not its
    /// constructors), or null.</summary>
    private string? AnswerMemberOf(ISymbol symbol)
    {
        var type = symbol as INamedTypeSymbol ?? symbol.ContainingType;
        if (type is null || symbol is INamedTypeSymbol
            || symbol is IMethodSymbol
            {
                MethodKind: MethodKind.Constructor
                or MethodKind.StaticConstructor
            }) return null;
        var typeName = Allowlist.FullName(type);
        return answerMembers.FirstOrDefault(m => typeName == m
            || typeName.StartsWith(m + ".", StringComparison.Ordinal)
            || $"{typeName}.{Allowlist.MemberName(symbol)}" == m);
    }
}
