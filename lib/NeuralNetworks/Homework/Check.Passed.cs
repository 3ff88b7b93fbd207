using NeuralNetworks.Languages;

namespace NeuralNetworks.Homework;

public static partial class Check
{
    /// <summary>
    /// The last line of a check cell: prints "✓ name passed (2 points). Hidden checks also run
    /// when your work is graded." (in Japanese "✓ name に合格しました（2点）。…": the check's
    /// name is an identifier and stays as it is). It never claims that everything passed,
    /// because hidden checks the student cannot see decide part of the grade. First it looks for
    /// a function of the student's that calls one of the assignment's answer members
    /// (<see cref="OwnWork"/>): such a function earns no points when graded, so the check fails
    /// now and says why.
    /// </summary>
    public static void Passed(string name, int points)
    {
        string line = PassedLine(name, points);
        if (OwnWork.FindViolation() is { } violation) throw new CheckFailedException(violation);
        Console.WriteLine(line);
    }

    /// <summary>The line <see cref="Passed"/> prints.</summary>
    public static string PassedLine(string name, int points)
    {
        if (string.IsNullOrWhiteSpace(name))
            throw new ArgumentException(
                "The check needs a name, the one on its '// CHECK name (N points)' line.",
                nameof(name));
        if (points < 0)
            throw new ArgumentOutOfRangeException(nameof(points), points,
                $"The check '{name}' has {points} points: give 0 or more.");
        string unit = points == 1 ? "point" : "points";
        return Language.Pick(
            $"✓ {name} passed ({points} {unit}). " +
                "Hidden checks also run when your work is graded.",
            $"✓ {name} に合格しました（{points}点）。" +
                "採点のときは非公開のチェックも実行されます。");
    }
}
