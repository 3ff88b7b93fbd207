using System.Reflection;

namespace NeuralNetworks.Homework;

/// <summary>
/// The library members that ARE an assignment's answer: its `// ANSWER MEMBERS` cell declares them,
/// e.g. <c>AnswerMembers.Declare("NeuralNetworks.Activations.Activation.Sigmoid")</c>. A name is
/// a type ("…Losses.MeanSquaredError": every method and property of it, not its constructors)
/// or a member ("…Activation.Sigmoid": every overload or accessor). While a student works, each
/// visible check then says when one of their functions calls such a member (<see cref="OwnWork"/>);
/// when work is graded, the grader reads the same cell from the instructor's copy and runs the
/// submission on a build of the library in which these members throw.
/// </summary>
public static partial class AnswerMembers
{
    private static readonly List<AnswerMember> declared = [];

    public static IReadOnlyList<AnswerMember> Declared
    {
        get { lock (declared) return declared.ToList(); }
    }

    /// <summary>
    /// Replaces the declared members; every name must exist in the course library.
    /// </summary>
    public static void Declare(params string[] members)
    {
        var resolved = members.Select(Resolve).ToList();
        lock (declared)
        {
            declared.Clear();
            declared.AddRange(resolved);
        }
    }

    public static AnswerMember Resolve(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Assembly library = typeof(AnswerMembers).Assembly;
        if (library.GetType(name) is { } wholeType) return new AnswerMember(name, wholeType, null);
        int dot = name.LastIndexOf('.');
        Type? type = dot > 0 ? library.GetType(name[..dot]) : null;
        string member = name[(dot + 1)..];
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic
            | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly;
        if (type is null || type.GetMember(member, all).Length == 0)
            throw new ArgumentException(
                $"'{name}' is not a type or member of the course library: " +
                "write it as Namespace.Type or Namespace.Type.Member, " +
                "e.g. NeuralNetworks.Activations.Activation.Sigmoid.", nameof(name));
        return new AnswerMember(name, type, member);
    }
}

/// <summary>
/// One declared answer member: a whole type (Member null) or one member name of a type.
/// </summary>
public sealed record AnswerMember(string Name, Type Type, string? Member)
{
    /// <summary>
    /// True when <paramref name="method"/> is (an accessor of) this member, or a method
    /// of this whole type.
    /// </summary>
    public bool Covers(MethodBase method)
    {
        Type? declaring = method.DeclaringType;
        while (declaring is not null && declaring != Type) declaring = declaring.DeclaringType;
        if (declaring is null) return false;
        if (Member is null) return !method.IsConstructor || method.DeclaringType != Type;
        return method.DeclaringType == Type
            && (method.Name == Member
                || method.Name == "get_" + Member || method.Name == "set_" + Member);
    }
}
