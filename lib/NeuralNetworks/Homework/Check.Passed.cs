namespace NeuralNetworks.Homework;

public static partial class Check
{
    /// <summary>
    /// The last line of a check cell: prints "✓ name passed (2 points). Hidden checks also run when your work is graded."
    /// It never claims that everything passed, because hidden checks the student cannot see decide part of the grade.
    /// </summary>
    public static void Passed(string name, int points)
    {
        Console.WriteLine(PassedLine(name, points));
    }

    /// <summary>The line <see cref="Passed"/> prints.</summary>
    public static string PassedLine(string name, int points)
    {
        if (string.IsNullOrWhiteSpace(name))
            throw new ArgumentException("The check needs a name, the one on its '// CHECK name (N points)' line.", nameof(name));
        if (points < 0)
            throw new ArgumentOutOfRangeException(nameof(points), points, $"The check '{name}' has {points} points: give 0 or more.");
        string unit = points == 1 ? "point" : "points";
        return $"✓ {name} passed ({points} {unit}). Hidden checks also run when your work is graded.";
    }
}
