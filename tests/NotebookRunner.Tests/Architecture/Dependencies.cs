using System.Text.RegularExpressions;
using Mono.Cecil;

namespace NotebookRunner.Tests.Architecture;

/// <summary>
/// One use of a runner type by another: From (a top-level type of stage FromStage) uses To (of stage ToStage), in Where (a
/// member's name, or "base type", "field x", …). Printed as "Execution.ErrorPlace uses Assignments.Markers (in Parse)".
/// </summary>
public sealed record Dependency(string FromStage, string From, string ToStage, string To, string Where)
{
    public override string ToString() => $"{FromStage}.{From} uses {ToStage}.{To} (in {Where})";
}

/// <summary>
/// Every use of one runner type by another in the compiled nbrun.dll, read once. A nested type (a lambda's closure, an async
/// method's state machine) counts as the top-level type that holds it, and its member as the method it was made from.
/// </summary>
public static partial class Dependencies
{
    private const string Root = "NotebookRunner";

    private static readonly ModuleDefinition Module = ModuleDefinition.ReadModule(typeof(NotebookRunner.Program).Assembly.Location);

    /// <summary>The runner's top-level types (not the ones the compiler adds, such as regex generators).</summary>
    public static IReadOnlyList<TypeDefinition> Types { get; } = Module.Types.Where(t => IsRunner(t) && !t.Name.StartsWith('<')).ToList();

    public static IReadOnlyList<Dependency> Edges { get; } = Types.SelectMany(t => Uses(t, t)).Distinct().ToList();

    private static IEnumerable<Dependency> Uses(TypeDefinition top, TypeDefinition type)
    {
        IEnumerable<(TypeReference Used, string Where)> uses =
        [
            .. Parts(type.BaseType).Select(u => (u, "base type")),
            .. type.Interfaces.SelectMany(i => Parts(i.InterfaceType)).Select(u => (u, "interfaces")),
            .. Attributes(type).Select(u => (u, "attributes")),
            .. type.Fields.SelectMany(f => Parts(f.FieldType).Select(u => (u, Member(type, f.Name)))),
            .. type.Properties.SelectMany(p => Parts(p.PropertyType).Select(u => (u, Member(type, p.Name)))),
            .. type.Methods.SelectMany(m => InMethod(m).Select(u => (u, Member(type, m.Name)))),
        ];
        foreach (var (used, where) in uses.Where(u => IsRunner(u.Used)))
            yield return new Dependency(StageOf(top), top.Name, StageOf(used), Outermost(used).Name, where);
        foreach (var nested in type.NestedTypes)
            foreach (var dependency in Uses(top, nested)) yield return dependency;
    }

    private static IEnumerable<TypeReference> InMethod(MethodDefinition method)
    {
        foreach (var used in Signature(method)) yield return used;
        foreach (var used in Attributes(method).Concat(method.Parameters.SelectMany(Attributes))) yield return used;
        if (!method.HasBody) yield break;
        foreach (var variable in method.Body.Variables)
            foreach (var used in Parts(variable.VariableType)) yield return used;
        foreach (var handler in method.Body.ExceptionHandlers)
            foreach (var used in Parts(handler.CatchType)) yield return used;
        foreach (var instruction in method.Body.Instructions)
            foreach (var used in Operand(instruction.Operand)) yield return used;
    }

    private static IEnumerable<TypeReference> Operand(object? operand) => operand switch
    {
        TypeReference type => Parts(type),
        MethodReference method => Parts(method.DeclaringType).Concat(Signature(method)),
        FieldReference field => Parts(field.DeclaringType).Concat(Parts(field.FieldType)),
        CallSite site => Parts(site.ReturnType).Concat(site.Parameters.SelectMany(p => Parts(p.ParameterType))),
        _ => [],
    };

    private static IEnumerable<TypeReference> Signature(MethodReference method) =>
        Parts(method.ReturnType)
            .Concat(method.Parameters.SelectMany(p => Parts(p.ParameterType)))
            .Concat(method is GenericInstanceMethod generic ? generic.GenericArguments.SelectMany(Parts) : [])
            .Concat(method.GenericParameters.SelectMany(g => g.Constraints).SelectMany(c => Parts(c.ConstraintType)));

    private static IEnumerable<TypeReference> Attributes(ICustomAttributeProvider provider) =>
        provider.CustomAttributes.SelectMany(a => Parts(a.AttributeType)
            .Concat(a.ConstructorArguments.Select(c => c.Value).OfType<TypeReference>().SelectMany(Parts)));

    /// <summary>The named types a type is made of: List&lt;CellOutput&gt;[] is List`1 and CellOutput.</summary>
    private static IEnumerable<TypeReference> Parts(TypeReference? type) => type switch
    {
        null or GenericParameter => [],
        GenericInstanceType generic => Parts(generic.ElementType).Concat(generic.GenericArguments.SelectMany(Parts)),
        TypeSpecification specification => Parts(specification.ElementType),
        _ => [type],
    };

    /// <summary>
    /// A member by the name a reader knows: "RunAsync" for &lt;RunAsync&gt;d__0.MoveNext (and the locals it keeps) and for
    /// &lt;RunAsync&gt;b__0_1, "a lambda" for a closure's field or a cached delegate, whose names do not say which method they serve.
    /// </summary>
    private static string Member(TypeDefinition type, string member)
    {
        List<string> names = [];
        for (var t = type; t is not null; t = t.DeclaringType) names.Add(t.Name);
        names.Add(member);
        if (names.Select(n => Made().Match(n)).FirstOrDefault(m => m.Success) is { } made) return made.Groups["name"].Value;
        if (names.Any(n => n.StartsWith('<'))) return "a lambda";
        return member switch { ".cctor" => "a static initializer", ".ctor" => "a constructor", _ => member };
    }

    /// <summary>The same uses with the members of each pair of types joined: "… (in Render, List, a lambda)".</summary>
    public static IEnumerable<Dependency> Merged(IEnumerable<Dependency> uses) =>
        uses.GroupBy(d => d with { Where = "" }).Select(g => g.Key with { Where = string.Join(", ", g.Select(d => d.Where).Distinct()) });

    private static TypeReference Outermost(TypeReference type)
    {
        while (type.DeclaringType is not null) type = type.DeclaringType;
        return type;
    }

    public static string StageOf(TypeReference type)
    {
        var name = Outermost(type).Namespace;
        return name.StartsWith(Root + ".", StringComparison.Ordinal) ? name[(Root.Length + 1)..] : name;
    }

    private static bool IsRunner(TypeReference type) =>
        Outermost(type).Namespace is var name && (name == Root || name.StartsWith(Root + ".", StringComparison.Ordinal));

    [GeneratedRegex(@"^<+(?<name>[A-Za-z_]\w*)>")]
    private static partial Regex Made();
}
