using MathNet.Numerics.LinearAlgebra;

namespace NeuralNetworks.Perceptrons;

/// <summary>
/// Logic gates built from perceptrons with hand-picked weights (lesson 01), the classic textbook
/// choice:
/// AND: w = (0.5, 0.5), b = −0.7; OR: w = (0.5, 0.5), b = −0.2; NAND: w = (−0.5, −0.5), b = 0.7.
/// Any weights whose line puts the four corners on the right sides work just as well.
/// XOR has no such line, so it takes two layers: XOR(x₁, x₂) = AND(NAND(x₁, x₂), OR(x₁, x₂)).
/// </summary>
public static class LogicGates
{
    public static Perceptron And { get; } = new([0.5, 0.5], -0.7);

    public static Perceptron Or { get; } = new([0.5, 0.5], -0.2);

    public static Perceptron Nand { get; } = new([-0.5, -0.5], 0.7);

    /// <summary>Hidden layer NAND and OR, output AND.</summary>
    public static TwoLayerPerceptron Xor { get; } = new([Nand, Or], And);

    /// <summary>The four rows (0,0), (0,1), (1,0), (1,1) with the perceptron's output.</summary>
    public static IReadOnlyList<TruthTableRow> TruthTable(Perceptron gate) =>
        Corners().Select(x => new TruthTableRow(x[0], x[1], [], gate.Predict(x))).ToArray();

    /// <summary>The four rows with the hidden outputs h and the final output.</summary>
    public static IReadOnlyList<TruthTableRow> TruthTable(TwoLayerPerceptron gate) =>
        Corners().Select(x => new TruthTableRow(x[0], x[1],
            gate.HiddenOutputs(x).Select(h => (int)h).ToArray(), gate.Predict(x))).ToArray();

    private static IEnumerable<Vector<double>> Corners() =>
        from x1 in new[] { 0.0, 1.0 }
        from x2 in new[] { 0.0, 1.0 }
        select Vector<double>.Build.DenseOfArray([x1, x2]);
}

/// <summary>
/// One row of a truth table: inputs x₁, x₂, the hidden outputs (empty for a single perceptron)
/// and the output.
/// </summary>
public sealed record TruthTableRow(double X1, double X2, IReadOnlyList<int> Hidden, int Output)
{
    public override string ToString() => Hidden.Count == 0
        ? FormattableString.Invariant($"{X1} {X2} → {Output}")
        : FormattableString.Invariant($"{X1} {X2} → h = ({string.Join(", ", Hidden)}) → {Output}");
}
