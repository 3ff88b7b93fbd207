using MathNet.Numerics.LinearAlgebra;

namespace NeuralNetworks.Data;

/// <summary>
/// One-hot encoding (lesson 04): class k of C becomes the row t with tₖ = 1 and every other
/// element 0, the target a softmax output is compared with. Decoding takes the index of the largest
/// element (argmax) per row, which turns network outputs back into predicted classes.
/// </summary>
public static class OneHot
{
    /// <summary>T, N×C: row i is 1 in column labels[i], 0 elsewhere.</summary>
    public static Matrix<double> Encode(IReadOnlyList<int> labels, int classCount)
    {
        if (classCount <= 0)
            throw new ArgumentOutOfRangeException(nameof(classCount), classCount,
                "classCount must be at least 1.");
        for (int i = 0; i < labels.Count; i++)
            if (labels[i] < 0 || labels[i] >= classCount)
                throw new ArgumentOutOfRangeException(nameof(labels), labels[i],
                    $"Label {labels[i]} of row {i} is not in 0…{classCount - 1}.");
        Matrix<double> T = Matrix<double>.Build.Dense(labels.Count, classCount);
        for (int i = 0; i < labels.Count; i++)
            T[i, labels[i]] = 1.0;
        return T;
    }

    /// <summary>argmax of every row of Y (N×C); the first index wins a tie.</summary>
    public static int[] Decode(Matrix<double> Y)
    {
        if (Y.ColumnCount == 0)
            throw new ArgumentException(
                $"Y is {Y.RowCount}×0: there is no class to pick.", nameof(Y));
        return Enumerable.Range(0, Y.RowCount).Select(i => Y.Row(i).MaximumIndex()).ToArray();
    }
}

public sealed partial record Dataset
{
    /// <summary>The labels one-hot encoded: N×ClassCount.</summary>
    public Matrix<double> OneHotTargets() => OneHot.Encode(Labels, ClassCount);
}
