using System.Runtime.CompilerServices;
namespace NeuralNetworks.Fast;

/// <summary>
/// Copies a block of op(A) or op(B) into a small contiguous buffer in exactly the order the micro-kernel reads it
/// (a "packed panel"), so the kernel streams memory linearly whatever the layout or transposition of the matrix.
/// <para>
/// A block of op(A) (mc×kc) becomes ⌈mc/MR⌉ slivers of MR rows; in a sliver, step p holds the MR values
/// op(A)[i₀ … i₀+MR−1, p] one after another. A block of op(B) (kc×nc) becomes ⌈nc/NR⌉ slivers of NR columns;
/// step p holds op(B)[p, j₀ … j₀+NR−1]. Rows or columns past the edge are packed as zeros, so the kernel always
/// computes a full MR×NR tile and the caller keeps only the part that lies inside C.
/// </para>
/// </summary>
internal static class Packing
{
    /// <summary>Packs op(A)[i₀ … i₀+mc−1, p₀ … p₀+kc−1] into MR-row slivers.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void PackA(GemmOperand A, int i0, int mc, int p0, int kc, double[] packed)
    {
        const int MR = GemmKernel.MR;
        int at = 0;
        for (int s = 0; s < mc; s += MR)
        {
            int rows = Math.Min(MR, mc - s);
            if (!A.Transposed && rows == MR)
            {
                for (int p = 0; p < kc; p++, at += MR)
                    Array.Copy(A.Data, (p0 + p) * A.Ld + i0 + s, packed, at, MR);
                continue;
            }
            for (int p = 0; p < kc; p++, at += MR)
                for (int r = 0; r < MR; r++)
                    packed[at + r] = r < rows ? A[i0 + s + r, p0 + p] : 0.0;
        }
    }

    /// <summary>Packs op(B)[p₀ … p₀+kc−1, j₀ … j₀+nc−1] into NR-column slivers.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void PackB(GemmOperand B, int p0, int kc, int j0, int nc, double[] packed)
    {
        const int NR = GemmKernel.NR;
        int at = 0;
        for (int s = 0; s < nc; s += NR, at += NR * kc)
        {
            int cols = Math.Min(NR, nc - s);
            if (B.Transposed && cols == NR)
            {
                for (int p = 0; p < kc; p++)
                    Array.Copy(B.Data, (p0 + p) * B.Ld + j0 + s, packed, at + p * NR, NR);
                continue;
            }
            for (int c = 0; c < NR; c++)
                for (int p = 0; p < kc; p++)
                    packed[at + p * NR + c] = c < cols ? B[p0 + p, j0 + s + c] : 0.0;
        }
    }
}
