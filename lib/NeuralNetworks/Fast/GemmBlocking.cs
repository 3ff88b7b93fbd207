using System.Runtime.CompilerServices;

namespace NeuralNetworks.Fast;

/// <summary>
/// The cache blocking around the micro-kernel (the Goto/BLIS loop nest), for C = op(A)·op(B)
/// with C m×n, op(A) m×k, op(B) k×n, columns j₀ … j₁−1 of C only (so two threads can share
/// a product by columns).
/// <code>
/// for jc in steps of NC over the columns    — a kc×nc panel of op(B), packed, stays in L3
///   for pc in steps of KC over k            — C += op(A)[:, pc…]·op(B)[pc…, :];
///                                             the first step overwrites C
///     for ic in steps of MC over the rows   — an mc×kc block of op(A), packed, stays in L2
///       for jr in steps of NR, ir in steps of MR: one micro-kernel tile
///                                             (a kc×NR sliver of B̃ stays in L1)
/// </code>
/// KC = 256 keeps a B sliver (6×256 doubles, 12 KB) in L1 while A slivers (at most 16×256, 32 KB)
/// stream from L2; MC = 128 makes the A block 256 KB, a quarter of a 1 MB L2. MC is a multiple
/// of every kernel's MR and NC of NR. A narrow product (n ≤ <see cref="DirectColumns"/>,
/// like H·W₂ with 10 classes) reads each sliver of an untransposed op(A) where it is stored,
/// since it is used by at most two tiles, too few to repay copying it; only a last sliver of
/// fewer than MR rows is packed.
/// Each element of C is summed in the same order whatever the kernel or the thread split,
/// so neither changes the result.
/// </summary>
internal static class GemmBlocking
{
    public const int MC = 128, KC = 256, NC = 340 * GemmKernel.NR;
    public const int DirectColumns = 2 * GemmKernel.NR;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Run(GemmKernel kernel, GemmOperand A, GemmOperand B, double[] c,
        int m, int n, int k, int j0, int j1)
    {
        var buffers = GemmBuffers.ForThisThread(Math.Min(NC, n));
        bool direct = !A.Transposed && n <= DirectColumns;
        for (int jc = j0; jc < j1; jc += NC)
        {
            int nc = Math.Min(NC, j1 - jc);
            for (int pc = 0; pc < k; pc += KC)
            {
                int kc = Math.Min(KC, k - pc);
                Packing.PackB(B, pc, kc, jc, nc, buffers.B);
                for (int ic = 0; ic < m; ic += MC)
                {
                    int mc = Math.Min(MC, m - ic);
                    int inPlace = direct ? mc / kernel.MR * kernel.MR : 0;
                    if (inPlace < mc)
                        Packing.PackA(A, ic + inPlace, mc - inPlace, pc, kc, buffers.A, kernel.MR);
                    MacroKernel(kernel, A, inPlace, buffers, pc, kc, c, m, ic, mc, jc, nc);
                }
            }
        }
    }

    /// <summary>
    /// Every tile of one block: rows below <paramref name="inPlace"/> read from op(A) where it is
    /// stored, the others from the packed buffer. Tiles cut by the edge of C go through a scratch
    /// tile and are copied in part.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void MacroKernel(GemmKernel kernel, GemmOperand A, int inPlace,
        GemmBuffers buffers, int pc, int kc, double[] c, int ldc, int ic, int mc, int jc, int nc)
    {
        const int NR = GemmKernel.NR;
        int MR = kernel.MR;
        bool accumulate = pc > 0;
        for (int jr = 0; jr < nc; jr += NR)
            for (int ir = 0; ir < mc; ir += MR)
            {
                int rows = Math.Min(MR, mc - ir), cols = Math.Min(NR, nc - jr);
                int cAt = (jc + jr) * ldc + ic + ir;
                (double[] a, int aAt, int lda) = ir < inPlace
                    ? (A.Data, pc * A.Ld + ic + ir, A.Ld)
                    : (buffers.A, (ir - inPlace) * kc, MR);
                if (rows == MR && cols == NR)
                {
                    kernel.Tile(kc, a, aAt, lda, buffers.B, jr * kc, c, cAt, ldc, accumulate);
                    continue;
                }
                kernel.Tile(kc, a, aAt, lda, buffers.B, jr * kc,
                    buffers.Tile, 0, MR, accumulate: false);
                for (int j = 0; j < cols; j++)
                    for (int i = 0; i < rows; i++)
                    {
                        ref double target = ref c[cAt + j * ldc + i];
                        target = accumulate
                            ? target + buffers.Tile[j * MR + i]
                            : buffers.Tile[j * MR + i];
                    }
            }
    }
}

/// <summary>
/// Packing buffers, one set per thread, reused by every product (no allocation per call).
/// The B panel is sized for all n columns of the product (at most NC), whichever panels of them
/// this thread computes, so it grows only when a wider product comes along.
/// </summary>
internal sealed class GemmBuffers
{
    [ThreadStatic] private static GemmBuffers? current;

    public double[] A { get; } = new double[GemmBlocking.MC * GemmBlocking.KC];
    public double[] B { get; private set; } = [];
    public double[] Tile { get; } = new double[GemmKernel.MaxMR * GemmKernel.NR];

    public static GemmBuffers ForThisThread(int columns)
    {
        var buffers = current ??= new GemmBuffers();
        const int NR = GemmKernel.NR;
        int needed = GemmBlocking.KC * ((columns + NR - 1) / NR * NR);
        if (buffers.B.Length < needed) buffers.B = new double[needed];
        return buffers;
    }
}
