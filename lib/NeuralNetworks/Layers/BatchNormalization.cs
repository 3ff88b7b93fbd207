using MathNet.Numerics.LinearAlgebra;

namespace NeuralNetworks.Layers;

/// <summary>
/// Batch normalisation (lesson 10): standardises every unit (column j) over the mini-batch,
/// then rescales it with two learned parameters.
/// Training: μⱼ = (1/N) Σₙ uₙⱼ, σⱼ² = (1/N) Σₙ (uₙⱼ − μⱼ)², ûₙⱼ = (uₙⱼ − μⱼ) / √(σⱼ² + ε),
/// zₙⱼ = γⱼ ûₙⱼ + βⱼ, and running averages μ̄ ← ρ μ̄ + (1 − ρ) μ, σ̄² ← ρ σ̄² + (1 − ρ) σ² for
/// prediction.
/// Backward (training), given dOut = ∂L/∂Z: dβ = Σₙ dOut, dγ = Σₙ dOut ⊙ Û, dÛ = dOut ⊙ γ,
/// dU = (dÛ − mean(dÛ) − Û ⊙ mean(dÛ ⊙ Û)) / √(σ² + ε), the means taken over the batch,
/// column by column: every uₙⱼ also moves μⱼ and σⱼ, which is where the two means come from.
/// Prediction (Forward with training false): μ̄ and σ̄² replace the batch's μ and σ²,
/// so one example can be predicted on its own; the layer is then a fixed scaling, backward
/// dU = dOut ⊙ γ / √(σ̄² + ε). Backward follows the mode of the last Forward. Shapes: U, Z, dOut,
/// dU are N×k; γ and β are 1×k.
/// </summary>
public sealed class BatchNormalization : ILayer
{
    public const double Epsilon = 1e-5;

    private Matrix<double>? Uhat;
    private Vector<double>? scale;
    private bool trained;

    /// <summary>
    /// A layer for <paramref name="units"/> units: γ starts at 1, β at 0, μ̄ at 0, σ̄² at 1.
    /// </summary>
    public BatchNormalization(int units, double momentum = 0.9, int index = 1)
    {
        if (units < 1)
            throw new ArgumentOutOfRangeException(nameof(units), units,
                "units is the number of columns to normalise: give 1 or more.");
        if (!(momentum >= 0 && momentum < 1))
            throw new ArgumentOutOfRangeException(nameof(momentum), momentum,
                "momentum (ρ) is the fraction of the running averages kept per batch: " +
                "give a number in [0, 1), such as 0.9.");
        Momentum = momentum;
        Gamma = new Parameter($"γ{index}", Matrix<double>.Build.Dense(1, units, 1.0));
        Beta = new Parameter($"β{index}", Matrix<double>.Build.Dense(1, units), isBias: true);
        RunningMean = Vector<double>.Build.Dense(units);
        RunningVariance = Vector<double>.Build.Dense(units, 1.0);
    }

    public Parameter Gamma { get; }

    public Parameter Beta { get; }

    /// <summary>ρ, the fraction of the running averages kept at each training batch.</summary>
    public double Momentum { get; }

    public Vector<double> RunningMean { get; }

    public Vector<double> RunningVariance { get; }

    public int Units => Gamma.ColumnCount;

    public IReadOnlyList<Parameter> Parameters => [Gamma, Beta];

    /// <summary>
    /// Normalises with the batch's statistics while <paramref name="training"/>,
    /// else with the running averages.
    /// </summary>
    public Matrix<double> Forward(Matrix<double> U, bool training = false)
    {
        if (U.ColumnCount != Units)
            throw new ArgumentException(
                $"U is {U.RowCount}×{U.ColumnCount} but the layer normalises {Units} units: " +
                $"U needs {Units} columns.", nameof(U));
        if (training && U.RowCount < 2)
            throw new ArgumentException(
                $"A batch of {U.RowCount} row has no spread to normalise: " +
                "train with batches of 2 or more rows.", nameof(U));
        trained = training;
        (Vector<double> mean, Vector<double> variance) =
            training ? BatchStatistics(U) : (RunningMean, RunningVariance);
        if (training)
        {
            RunningMean.MapIndexedInplace((j, m) => Momentum * m + (1 - Momentum) * mean[j]);
            RunningVariance.MapIndexedInplace(
                (j, v) => Momentum * v + (1 - Momentum) * variance[j]);
        }
        scale = variance.Map(v => 1 / Math.Sqrt(v + Epsilon));
        Uhat = U.MapIndexed((n, j, u) => (u - mean[j]) * scale[j]);
        return Uhat.MapIndexed((n, j, x) => Gamma.Value[0, j] * x + Beta.Value[0, j]);
    }

    public Matrix<double> Backward(Matrix<double> dOut)
    {
        Matrix<double> Uhat = this.Uhat
            ?? throw new InvalidOperationException("Call Forward before Backward.");
        if (dOut.RowCount != Uhat.RowCount || dOut.ColumnCount != Units)
            throw new ArgumentException(
                $"dOut is {dOut.RowCount}×{dOut.ColumnCount} " +
                $"but the output was {Uhat.RowCount}×{Units}.", nameof(dOut));
        Beta.Gradient.SetRow(0, dOut.ColumnSums());
        Gamma.Gradient.SetRow(0, dOut.PointwiseMultiply(Uhat).ColumnSums());
        Matrix<double> dUhat = dOut.MapIndexed((n, j, d) => d * Gamma.Value[0, j]);
        if (!trained)
            return dUhat.MapIndexed((n, j, d) => d * scale![j]);
        int N = dOut.RowCount;
        Vector<double> meanD = dUhat.ColumnSums() / N;
        Vector<double> meanDU = dUhat.PointwiseMultiply(Uhat).ColumnSums() / N;
        return dUhat.MapIndexed((n, j, d) => (d - meanD[j] - Uhat[n, j] * meanDU[j]) * scale![j]);
    }

    private static (Vector<double> Mean, Vector<double> Variance) BatchStatistics(Matrix<double> U)
    {
        Vector<double> mean = U.ColumnSums() / U.RowCount;
        Vector<double> variance = Vector<double>.Build.Dense(U.ColumnCount,
            j => U.Column(j).Subtract(mean[j]).PointwisePower(2).Sum() / U.RowCount);
        return (mean, variance);
    }

    public override string ToString() => $"BatchNorm({Units})";
}
