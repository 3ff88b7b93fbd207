using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

[assembly: InternalsVisibleTo("NeuralNetworks.Tests")]

namespace NeuralNetworks.Fast;

/// <summary>
/// The micro-kernel: C[tile] (+)= Ã·B̃ for one MR×NR tile of C, where Ã is a packed MR×kc sliver of op(A) and
/// B̃ a packed kc×NR sliver of op(B) (see <see cref="Packing"/>). The whole tile lives in registers for the
/// entire k-loop: 16 rows = two 512-bit vectors of 8 doubles, times 8 columns = 16 accumulators. Each step p
/// loads one column of Ã (two vectors), broadcasts the 8 values of row p of B̃, and does 16 fused multiply-adds
/// c ← a·b + c, i.e. 256 flops for 10 loads. C is touched only once, at the end.
/// Without AVX-512 the same tile is computed by <see cref="TileScalar"/> over the same packed layout.
/// </summary>
internal static class GemmKernel
{
    public const int MR = 16;
    public const int NR = 8;

    public static bool UsesAvx512 => Avx512F.IsSupported;

    /// <summary>C[i, j] (+)= Σₚ Ã[p·MR + i]·B̃[p·NR + j] for the full tile at c (column-major, leading dimension ldc).</summary>
    public static void Tile(int kc, double[] a, int aAt, double[] b, int bAt, double[] c, int cAt, int ldc, bool accumulate)
    {
        if (Avx512F.IsSupported) TileAvx512(kc, a, aAt, b, bAt, c, cAt, ldc, accumulate);
        else TileScalar(kc, a, aAt, b, bAt, c, cAt, ldc, accumulate);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void TileAvx512(int kc, double[] a, int aAt, double[] b, int bAt, double[] c, int cAt, int ldc, bool accumulate)
    {
        ref double A = ref Unsafe.Add(ref a[0], aAt);
        ref double B = ref Unsafe.Add(ref b[0], bAt);
        Vector512<double> c00 = default, c01 = default, c02 = default, c03 = default, c04 = default, c05 = default, c06 = default, c07 = default;
        Vector512<double> c10 = default, c11 = default, c12 = default, c13 = default, c14 = default, c15 = default, c16 = default, c17 = default;
        for (int p = 0; p < kc; p++)
        {
            var a0 = Vector512.LoadUnsafe(ref A);
            var a1 = Vector512.LoadUnsafe(ref A, 8);
            var bj = Vector512.Create(B); c00 = Avx512F.FusedMultiplyAdd(a0, bj, c00); c10 = Avx512F.FusedMultiplyAdd(a1, bj, c10);
            bj = Vector512.Create(Unsafe.Add(ref B, 1)); c01 = Avx512F.FusedMultiplyAdd(a0, bj, c01); c11 = Avx512F.FusedMultiplyAdd(a1, bj, c11);
            bj = Vector512.Create(Unsafe.Add(ref B, 2)); c02 = Avx512F.FusedMultiplyAdd(a0, bj, c02); c12 = Avx512F.FusedMultiplyAdd(a1, bj, c12);
            bj = Vector512.Create(Unsafe.Add(ref B, 3)); c03 = Avx512F.FusedMultiplyAdd(a0, bj, c03); c13 = Avx512F.FusedMultiplyAdd(a1, bj, c13);
            bj = Vector512.Create(Unsafe.Add(ref B, 4)); c04 = Avx512F.FusedMultiplyAdd(a0, bj, c04); c14 = Avx512F.FusedMultiplyAdd(a1, bj, c14);
            bj = Vector512.Create(Unsafe.Add(ref B, 5)); c05 = Avx512F.FusedMultiplyAdd(a0, bj, c05); c15 = Avx512F.FusedMultiplyAdd(a1, bj, c15);
            bj = Vector512.Create(Unsafe.Add(ref B, 6)); c06 = Avx512F.FusedMultiplyAdd(a0, bj, c06); c16 = Avx512F.FusedMultiplyAdd(a1, bj, c16);
            bj = Vector512.Create(Unsafe.Add(ref B, 7)); c07 = Avx512F.FusedMultiplyAdd(a0, bj, c07); c17 = Avx512F.FusedMultiplyAdd(a1, bj, c17);
            A = ref Unsafe.Add(ref A, MR);
            B = ref Unsafe.Add(ref B, NR);
        }
        ref double C = ref Unsafe.Add(ref c[0], cAt);
        Store(ref C, 0, ldc, c00, c10, accumulate); Store(ref C, 1, ldc, c01, c11, accumulate);
        Store(ref C, 2, ldc, c02, c12, accumulate); Store(ref C, 3, ldc, c03, c13, accumulate);
        Store(ref C, 4, ldc, c04, c14, accumulate); Store(ref C, 5, ldc, c05, c15, accumulate);
        Store(ref C, 6, ldc, c06, c16, accumulate); Store(ref C, 7, ldc, c07, c17, accumulate);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Store(ref double C, int j, int ldc, Vector512<double> top, Vector512<double> bottom, bool accumulate)
    {
        ref double column = ref Unsafe.Add(ref C, j * ldc);
        if (accumulate)
        {
            top += Vector512.LoadUnsafe(ref column);
            bottom += Vector512.LoadUnsafe(ref column, 8);
        }
        top.StoreUnsafe(ref column);
        bottom.StoreUnsafe(ref column, 8);
    }

    /// <summary>The same tile with scalar arithmetic (FMA-rounded like the vector path, so both give equal bits).</summary>
    internal static void TileScalar(int kc, double[] a, int aAt, double[] b, int bAt, double[] c, int cAt, int ldc, bool accumulate)
    {
        for (int j = 0; j < NR; j++)
            for (int i = 0; i < MR; i++)
            {
                double sum = 0.0;
                for (int p = 0; p < kc; p++)
                    sum = Math.FusedMultiplyAdd(a[aAt + p * MR + i], b[bAt + p * NR + j], sum);
                ref double target = ref c[cAt + j * ldc + i];
                target = accumulate ? target + sum : sum;
            }
    }
}
