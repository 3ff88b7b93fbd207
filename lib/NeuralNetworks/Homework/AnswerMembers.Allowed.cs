using System.Reflection;
using MathNet.Numerics.LinearAlgebra;

namespace NeuralNetworks.Homework;

/// <summary>
/// What a student's code may use of the library besides every assignment's defaults (MathNet's vectors and matrices,
/// Check, the charts, the data sets): the answer-members cell allows it with
/// <c>AnswerMembers.Allow("NeuralNetworks.Layers", "NeuralNetworks.Training.Trainer")</c>. A name is a namespace, a type
/// or a member of the course library or of MathNet. When work is graded, code that uses any other part of the library
/// earns nothing for the function it sits in: an assignment that asks the student to use the library (09, 11) allows what
/// it asks for; one that asks them to write part of it allows only what its own cells use.
/// </summary>
public static partial class AnswerMembers
{
    private static readonly List<string> allowed = [];

    public static IReadOnlyList<string> Allowed
    {
        get { lock (allowed) return allowed.ToList(); }
    }

    /// <summary>Replaces the allowed names; every name must be a namespace, type or member of the course library or MathNet.</summary>
    public static void Allow(params string[] names)
    {
        var resolved = names.Select(ResolveAllowed).ToList();
        lock (allowed)
        {
            allowed.Clear();
            allowed.AddRange(resolved);
        }
    }

    /// <summary>The name itself when it is a namespace, type or member of the course library or MathNet.</summary>
    public static string ResolveAllowed(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Assembly[] assemblies = [typeof(AnswerMembers).Assembly, typeof(Matrix<>).Assembly];
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly;
        int dot = name.LastIndexOf('.');
        bool found = assemblies.SelectMany(a => a.GetTypes()).Any(t =>
            t.Namespace == name || t.Namespace?.StartsWith(name + ".", StringComparison.Ordinal) == true
            || Named(t) == name || (dot > 0 && Named(t) == name[..dot] && t.GetMember(name[(dot + 1)..], all).Length > 0));
        return found ? name : throw new ArgumentException(
            $"'{name}' is not a namespace, type or member of the course library or MathNet: write it as Namespace, Namespace.Type " +
            "or Namespace.Type.Member, e.g. NeuralNetworks.Layers or NeuralNetworks.Training.Trainer.", nameof(name));
    }

    /// <summary>Namespace.Type (Outer.Inner when nested), without the `1 of a generic type.</summary>
    private static string Named(Type type)
    {
        string name = type.Name.Split('`')[0];
        return type.DeclaringType is { } outer ? $"{Named(outer)}.{name}" : $"{type.Namespace}.{name}";
    }
}
