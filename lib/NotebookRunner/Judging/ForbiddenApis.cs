using Microsoft.CodeAnalysis;

namespace NotebookRunner.Judging;

/// <summary>
/// The parts of .NET's own System assemblies that homework may not use, since each reaches code
/// without naming it or runs code the grader cannot read: reflection (System.Reflection, Type.Get…,
/// Activator, AppDomain, Delegate.CreateDelegate, TypeDescriptor), expression compilation, assembly
/// loading, unsafe memory access (Unsafe, UnsafeAccessor, RuntimeHelpers,
/// System.Runtime.InteropServices, the runtime's handles), dynamic binding, and other programs
/// (System.Diagnostics.Process: a second kernel in the sandbox could compute anything for a
/// function that only reads a file). The rest of .NET is allowed. What a type or member is called
/// (x.GetType().Name, typeof(T).FullName) is fine.
/// </summary>
public static class ForbiddenApis
{
    private static readonly string[] ReadableTypeMembers =
        ["Name", "FullName", "Namespace", "ToString", "Equals", "GetHashCode", "op_Equality",
            "op_Inequality"];

    private static readonly string[] Handles =
        ["System.RuntimeTypeHandle", "System.RuntimeMethodHandle", "System.RuntimeFieldHandle",
            "System.TypedReference", "System.ArgIterator"];

    /// <summary>"reflection", "unsafe memory access", … for a forbidden symbol of .NET's own
    /// assemblies, else null.</summary>
    public static string? Of(ISymbol symbol)
    {
        var type = symbol as INamedTypeSymbol ?? symbol.ContainingType;
        if (type is null) return null;
        var name = Allowlist.FullName(type);
        var space = type.ContainingNamespace?.ToDisplayString() ?? "";
        var member = symbol is INamedTypeSymbol ? null : Allowlist.MemberName(symbol);
        if (Within(space, "System.Reflection") || name == "System.Type")
            return member is not null && ReadableTypeMembers.Contains(member) ? null : "reflection";
        if (name is "System.Activator" or "System.AppDomain"
            || Within(space, "System.Linq.Expressions") || Within(space, "System.Runtime.Loader")
            || (name == "System.Delegate" && member == "CreateDelegate")
            || name.StartsWith("System.ComponentModel.TypeDescriptor", StringComparison.Ordinal)
            || name.EndsWith("Descriptor", StringComparison.Ordinal)
            && space == "System.ComponentModel")
            return "reflection";
        if (space == "System.Runtime.CompilerServices"
            && (type.Name.StartsWith("Unsafe", StringComparison.Ordinal)
                || type.Name == "RuntimeHelpers"))
            return type.Name.StartsWith("UnsafeAccessor", StringComparison.Ordinal)
                ? "UnsafeAccessor, which reads private members" : "unsafe memory access";
        if (Within(space, "System.Runtime.InteropServices") || Handles.Contains(name))
            return "unsafe memory access";
        if (Within(space, "System.Dynamic") || Within(space, "Microsoft.CSharp.RuntimeBinder"))
            return "dynamic";
        return name is "System.Diagnostics.Process" or "System.Diagnostics.ProcessStartInfo"
            ? "another program" : null;
    }

    private static bool Within(string space, string root) =>
        space == root || space.StartsWith(root + ".", StringComparison.Ordinal);
}
