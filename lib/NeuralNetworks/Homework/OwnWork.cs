using System.Diagnostics;
using System.Reflection;
using NeuralNetworks.Languages;

namespace NeuralNetworks.Homework;

/// <summary>
/// Says, while a student works, when their code calls a declared answer member
/// (<see cref="AnswerMembers"/>), a part of the library the assignment does not allow, or
/// reflection. It starts from the notebook cell that is running the check (found on the call
/// stack: the kernel compiles each cell into its own assembly whose name starts with "ℛ*"),
/// follows every call (and every lambda, by its ldftn) into the student's earlier cells, and
/// reports the first student function that reaches such a member, directly, through an alias or
/// through another of their functions. This is the early warning; grading does not rely on it
/// (the grader analyses the code itself and disables the members).
/// </summary>
public static class OwnWork
{
    private const string CellAssemblyPrefix = "ℛ*";

    /// <summary>
    /// The sentence for the first violation found from the running check cell,
    /// or null when there is none.
    /// </summary>
    public static string? FindViolation()
    {
        IReadOnlyList<AnswerMember> members = AnswerMembers.Declared;
        if (members.Count == 0) return null;
        Assembly? checkCell = new StackTrace().GetFrames()
            .Select(f => f.GetMethod()?.DeclaringType?.Assembly)
            .FirstOrDefault(a => a is not null && IsCell(a));
        if (checkCell is null) return null;
        var seen = new HashSet<MethodBase>();
        foreach (MethodBase root in Methods(checkCell))
        {
            IEnumerable<MethodBase> studentFunctions = IlCalls.Of(root)
                .Where(m => IsCell(m.Module.Assembly) && m.Module.Assembly != checkCell);
            foreach (MethodBase student in studentFunctions)
                if (Reach(student, members, seen, depth: 0) is { } reached)
                    return Sentence(student, reached);
        }
        return null;
    }

    private static MethodBase? Reach(MethodBase method, IReadOnlyList<AnswerMember> members,
        HashSet<MethodBase> seen, int depth)
    {
        if (depth > 50 || !seen.Add(method)) return null;
        foreach (MethodBase called in IlCalls.Of(method))
        {
            if (members.Any(m => m.Covers(called)) || IsReflection(called)
                || !AnswerMembers.IsAllowed(called))
                return called;
            if (IsCell(called.Module.Assembly)
                && Reach(called, members, seen, depth + 1) is { } deeper)
                return deeper;
        }
        return null;
    }

    private static IEnumerable<MethodBase> Methods(Assembly assembly) =>
        assembly.GetTypes().SelectMany(Methods);

    private static IEnumerable<MethodBase> Methods(Type type)
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic
            | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly;
        return type.GetMethods(all).Cast<MethodBase>().Concat(type.GetConstructors(all));
    }

    private static bool IsCell(Assembly assembly) =>
        assembly.GetName().Name?.StartsWith(CellAssemblyPrefix, StringComparison.Ordinal) == true;

    private static bool IsReflection(MethodBase method) =>
        method.DeclaringType?.Namespace is "System.Reflection" or "System.Linq.Expressions"
        || method.DeclaringType == typeof(Activator)
        || (method.DeclaringType == typeof(Type)
            && method.Name.StartsWith("Get", StringComparison.Ordinal)
            && method.Name is not ("GetType" or "GetTypeFromHandle"));

    private static string Sentence(MethodBase student, MethodBase reached)
    {
        string name = student.Name.Contains('>')
            ? Language.Pick("a check", "チェックのコード")
            : student.Name;
        string member = reached.Name.Replace("get_", "", StringComparison.Ordinal);
        string target = $"{reached.DeclaringType?.FullName}.{member}";
        if (IsReflection(reached))
            return Language.Pick($"{name} uses reflection ({target}): " +
                "homework functions may not, write the formula yourself.",
                $"{name} がリフレクション（{target}）を使っています。" +
                "宿題の関数では使えません。式を自分で書いてください。");
        return AnswerMembers.Declared.Any(m => m.Covers(reached))
            ? Language.Pick(
                $"{name} calls {target}, which is the answer itself: write the formula yourself.",
                $"{name} が {target} を呼び出していますが、これは答えそのものです。" +
                "式を自分で書いてください。")
            : Language.Pick($"{name} uses {target}, which this assignment does not allow: " +
                "use only what its ANSWER MEMBERS cell allows.",
                $"{name} が {target} を使っていますが、この課題では使えません。" +
                "ANSWER MEMBERS セルで認められているものだけを使ってください。");
    }
}
