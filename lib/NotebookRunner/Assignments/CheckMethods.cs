using System.Reflection;
using NeuralNetworks.Homework;

namespace NotebookRunner.Assignments;

/// <summary>
/// The NeuralNetworks.Homework.Check methods, as the grader sees them: a method name and an
/// argument count name one method, and a parameter whose name starts with "actual" (or is
/// Check.True's condition) is a value the student's code computes; every other parameter belongs to
/// the check.
/// </summary>
public static class CheckMethods
{
    public static MethodInfo? Find(string name, int arguments) =>
        typeof(Check).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .FirstOrDefault(m => m.Name == name && m.GetParameters().Length == arguments);

    public static bool IsActual(ParameterInfo parameter) =>
        parameter.Name!.StartsWith("actual", StringComparison.Ordinal)
        || parameter.Name == "condition";

    public static IEnumerable<string> Names() =>
        typeof(Check).GetMethods(BindingFlags.Public | BindingFlags.Static).Select(m => m.Name)
            .Distinct().Order(StringComparer.Ordinal);
}
