using System.Runtime.CompilerServices;

namespace NeuralNetworks.Fast;

/// <summary>
/// Copies a block of op(A) or op(B) into a small contiguous buffer in exactly the order the
/// micro-kernel reads it (a "packed panel"), so the kernel streams memory linearly whatever the
/// layout or transposition of the matrix.
/// <para>
/// A block of op(A) (mc×kc) becomes ⌈mc/MR⌉ slivers of MR rows; in a sliver, step p holds the
/// MR values op(A)[i₀ … i₀+MR−1, p] one after another. A block of op(B) (kc×nc) becomes ⌈nc/NR⌉
/// slivers of NR columns; step p holds op(B)[p, j₀ … j₀+NR−1]. Rows or columns past the edge are
/// packed as zeros, so the kernel always computes a full MR×NR tile and the caller keeps only
/// the part that lies inside C.
/// </para>
/// </summary>
internal static class Packing
{
    /// <summary>
    /// Packs op(A)[i₀ … i₀+mc−1, p₀ … p₀+kc−1] into slivers of MR rows (the kernel's).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void PackA(GemmOperand A, int i0, int mc, int p0, int kc, double[] packed, int MR)
    {
        for (int s = 0, at = 0; s < mc; s += MR, at += MR * kc)
        {
            int rows = Math.Min(MR, mc - s);
            if (rows < MR) Array.Clear(packed, at, MR * kc);
            if (A.Transposed)
                Scatter(A.Data, A.Ld, i0 + s, rows, p0, kc, packed, at, MR);
            else
                Gather(A.Data, A.Ld, p0, kc, i0 + s, rows, packed, at, MR);
        }
    }

    /// <summary>Packs op(B)[p₀ … p₀+kc−1, j₀ … j₀+nc−1] into slivers of NR columns.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void PackB(GemmOperand B, int p0, int kc, int j0, int nc, double[] packed)
    {
        const int NR = GemmKernel.NR;
        for (int s = 0, at = 0; s < nc; s += NR, at += NR * kc)
        {
            int cols = Math.Min(NR, nc - s);
            if (cols < NR) Array.Clear(packed, at, NR * kc);
            if (B.Transposed)
                Gather(B.Data, B.Ld, p0, kc, j0 + s, cols, packed, at, NR);
            else
                Scatter(B.Data, B.Ld, j0 + s, cols, p0, kc, packed, at, NR);
        }
    }

    /// <summary>
    /// Stored columns p₀ … p₀+kc−1, each giving `count` contiguous values from row `first`:
    /// step p is one short copy, written as a loop because a call to Array.Copy for 2 to 16 doubles
    /// costs more than the copy.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Gather(double[] data, int ld, int p0, int kc, int first, int count,
        double[] packed, int at, int width)
    {
        for (int p = 0; p < kc; p++)
        {
            ReadOnlySpan<double> from = data.AsSpan((p0 + p) * ld + first, count);
            Span<double> to = packed.AsSpan(at + p * width, count);
            for (int i = 0; i < from.Length; i++) to[i] = from[i];
        }
    }

    /// <summary>
    /// Stored columns first … first+count−1, each read down rows p₀ … p₀+kc−1 and
    /// written across the steps.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Scatter(double[] data, int ld, int first, int count, int p0, int kc,
        double[] packed, int at, int width)
    {
        for (int c = 0; c < count; c++)
        {
            ReadOnlySpan<double> column = data.AsSpan((first + c) * ld + p0, kc);
            for (int p = 0; p < kc; p++)
                packed[at + p * width + c] = column[p];
        }
    }
}
