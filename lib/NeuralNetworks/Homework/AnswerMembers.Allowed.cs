using System.Reflection;
using MathNet.Numerics.LinearAlgebra;

namespace NeuralNetworks.Homework;

/// <summary>
/// What a student's code may use of the library besides every assignment's defaults (MathNet's
/// vectors and matrices, Check, the charts, the data sets): the answer-members cell allows it with
/// <c>AnswerMembers.Allow("NeuralNetworks.Layers", "NeuralNetworks.Training.Trainer")</c>.
/// A name is a namespace, a type or a member of the course library or of MathNet. When work is
/// graded, code that uses any other part of the library earns nothing for the function it sits
/// in: an assignment that asks the student to use the library (09, 11) allows what it asks for;
/// one that asks them to write part of it allows only what its own cells use.
/// </summary>
public static partial class AnswerMembers
{
    private static readonly List<string> allowed = [];

    /// <summary>
    /// What every assignment allows without declaring it: MathNet's vectors and matrices, the
    /// checks, charts and data, and Language.Use, the line a Japanese notebook's first cell adds.
    /// </summary>
    public static IReadOnlyList<string> AlwaysAllowed { get; } =
    [
        "MathNet.Numerics.LinearAlgebra",
        "NeuralNetworks.Homework.Check",
        "NeuralNetworks.Homework.CheckFailedException",
        "NeuralNetworks.Charts",
        "NeuralNetworks.Data",
        "NeuralNetworks.Languages.Language.Use",
    ];

    /// <summary>
    /// True when <paramref name="method"/> is not the library's or MathNet's, or is covered by
    /// what the assignment allows (<see cref="AlwaysAllowed"/> and the Allow(…) names: a
    /// namespace, a type with its nested types, or a member).
    /// </summary>
    public static bool IsAllowed(MethodBase method)
    {
        Type? type = method.DeclaringType;
        if (type is null || !IsCourseOrMathNet(type.Assembly)) return true;
        string typeName = Named(type.IsGenericType ? type.GetGenericTypeDefinition() : type);
        string member = MemberName(method);
        return AlwaysAllowed.Concat(Allowed).Any(n =>
            typeName == n
            || typeName.StartsWith(n + ".", StringComparison.Ordinal)
            || $"{typeName}.{member}" == n);
    }

    public static IReadOnlyList<string> Allowed
    {
        get { lock (allowed) return allowed.ToList(); }
    }

    /// <summary>
    /// Replaces the allowed names; every name must be a namespace, type or member of the course
    /// library or MathNet.
    /// </summary>
    public static void Allow(params string[] names)
    {
        var resolved = names.Select(ResolveAllowed).ToList();
        lock (allowed)
        {
            allowed.Clear();
            allowed.AddRange(resolved);
        }
    }

    /// <summary>
    /// The name itself when it is a namespace, type or member of the course library or MathNet.
    /// </summary>
    public static string ResolveAllowed(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Assembly[] assemblies = [typeof(AnswerMembers).Assembly, typeof(Matrix<>).Assembly];
        bool found = assemblies.SelectMany(a => a.GetTypes()).Any(t => Names(t, name));
        return found ? name : throw new ArgumentException(
            $"'{name}' is not a namespace, type or member of the course library or MathNet: " +
            "write it as Namespace, Namespace.Type or Namespace.Type.Member, " +
            "e.g. NeuralNetworks.Layers or NeuralNetworks.Training.Trainer.", nameof(name));
    }

    /// <summary>
    /// True when <paramref name="name"/> is <paramref name="type"/>'s namespace (or one above it),
    /// the type itself, or one of its members.
    /// </summary>
    private static bool Names(Type type, string name)
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic
            | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly;
        int dot = name.LastIndexOf('.');
        return type.Namespace == name
            || type.Namespace?.StartsWith(name + ".", StringComparison.Ordinal) == true
            || Named(type) == name
            || (dot > 0 && Named(type) == name[..dot]
                && type.GetMember(name[(dot + 1)..], all).Length > 0);
    }

    private static bool IsCourseOrMathNet(Assembly assembly) =>
        assembly == typeof(AnswerMembers).Assembly || assembly == typeof(Matrix<>).Assembly;

    /// <summary>
    /// A method's member name: ".ctor", a property's name for its get_/set_, else its own.
    /// </summary>
    private static string MemberName(MethodBase method)
    {
        if (method.IsConstructor) return ".ctor";
        bool accessor = method.Name.StartsWith("get_", StringComparison.Ordinal)
            || method.Name.StartsWith("set_", StringComparison.Ordinal);
        return accessor ? method.Name[4..] : method.Name;
    }

    /// <summary>
    /// Namespace.Type (Outer.Inner when nested), without the `1 of a generic type.
    /// </summary>
    private static string Named(Type type)
    {
        string name = type.Name.Split('`')[0];
        return type.DeclaringType is { } outer
            ? $"{Named(outer)}.{name}"
            : $"{type.Namespace}.{name}";
    }
}
