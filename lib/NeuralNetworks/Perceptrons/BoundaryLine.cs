using System.Globalization;

namespace NeuralNetworks.Perceptrons;

/// <summary>
/// The decision boundary of a two-input perceptron (lesson 01): the line w₁x₁ + w₂x₂ + b = 0.
/// On one side u &gt; 0 and the output is 1; on the other (and on the line) it is 0.
/// Solved for x₂: x₂ = −(w₁x₁ + b) / w₂ when w₂ ≠ 0; when w₂ = 0 the line is vertical,
/// x₁ = −b / w₁.
/// </summary>
public sealed record BoundaryLine(double W1, double W2, double B)
{
    /// <summary>
    /// True when w₂ = 0: the line is x₁ = −b / w₁ and <see cref="X2At"/> has no answer.
    /// </summary>
    public bool IsVertical => W2 == 0;

    /// <summary>
    /// False when w₁ = w₂ = 0: every point gets the same output and there is no line.
    /// </summary>
    public bool Exists => W1 != 0 || W2 != 0;

    /// <summary>
    /// x₂ = −(w₁x₁ + b) / w₂, or null when the line is vertical (or does not exist).
    /// </summary>
    public double? X2At(double x1) => IsVertical ? null : -(W1 * x1 + B) / W2;

    /// <summary>x₁ = −(w₂x₂ + b) / w₁, or null when the line is horizontal (w₁ = 0).</summary>
    public double? X1At(double x2) => W1 == 0 ? null : -(W2 * x2 + B) / W1;

    /// <summary>
    /// Two points of the line for a chart whose x₁ axis runs from <paramref name="x1Min"/>
    /// to <paramref name="x1Max"/>: the ends at those x₁, or for a vertical line the points
    /// (−b/w₁, x2Min) and (−b/w₁, x2Max). Null if there is no line.
    /// </summary>
    public ((double X1, double X2) From, (double X1, double X2) To)? Segment(
        double x1Min, double x1Max, double x2Min, double x2Max)
    {
        if (!Exists) return null;
        if (IsVertical) return ((-B / W1, x2Min), (-B / W1, x2Max));
        return ((x1Min, X2At(x1Min)!.Value), (x1Max, X2At(x1Max)!.Value));
    }

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{W1:G6}·x1 + {W2:G6}·x2 + {B:G6} = 0");
}
