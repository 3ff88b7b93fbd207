using System.Runtime.CompilerServices;

namespace NeuralNetworks.Fast;

/// <summary>
/// The micro-kernel written once over the vector width V. The tile is two registers of rows
/// (MR = 2·V.Count) by <see cref="GemmKernel.NR"/> = 6 columns, and all of it lives in 12
/// accumulator registers for the entire k-loop. Each step p loads one column of Ã (two registers),
/// broadcasts the 6 values of row p of B̃ one at a time, and does 12 multiply-adds c ← a·b + c:
/// 24·V.Count flops for 8 loads. C is touched only once, at the end. 12 accumulators,
/// 2 columns of Ã and one broadcast fill the 16 registers of AVX2 (the tightest of the targets;
/// AVX-512 and ARM64 have 32), and 12 independent chains of multiply-adds hide the 4-cycle
/// latency of two FMA units.
/// </summary>
internal sealed class GemmKernel<V>(string name) : GemmKernel where V : struct, ISimd<V>
{
    public override string Name => name;

    public override int MR => 2 * V.Count;

    public override bool IsSupported => V.IsSupported;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override void Tile(int kc, double[] a, int aAt, int lda, double[] b, int bAt,
        double[] c, int cAt, int ldc, bool accumulate)
    {
        ref double A = ref a[aAt];
        ref double B = ref b[bAt];
        V c00 = default, c01 = default, c02 = default, c03 = default, c04 = default, c05 = default;
        V c10 = default, c11 = default, c12 = default, c13 = default, c14 = default, c15 = default;
        for (int p = 0; p < kc; p++)
        {
            V a0 = V.Load(ref A), a1 = V.Load(ref Unsafe.Add(ref A, V.Count));
            V bj = V.Broadcast(B);
            c00 = V.MultiplyAdd(a0, bj, c00); c10 = V.MultiplyAdd(a1, bj, c10);
            bj = V.Broadcast(Unsafe.Add(ref B, 1));
            c01 = V.MultiplyAdd(a0, bj, c01); c11 = V.MultiplyAdd(a1, bj, c11);
            bj = V.Broadcast(Unsafe.Add(ref B, 2));
            c02 = V.MultiplyAdd(a0, bj, c02); c12 = V.MultiplyAdd(a1, bj, c12);
            bj = V.Broadcast(Unsafe.Add(ref B, 3));
            c03 = V.MultiplyAdd(a0, bj, c03); c13 = V.MultiplyAdd(a1, bj, c13);
            bj = V.Broadcast(Unsafe.Add(ref B, 4));
            c04 = V.MultiplyAdd(a0, bj, c04); c14 = V.MultiplyAdd(a1, bj, c14);
            bj = V.Broadcast(Unsafe.Add(ref B, 5));
            c05 = V.MultiplyAdd(a0, bj, c05); c15 = V.MultiplyAdd(a1, bj, c15);
            A = ref Unsafe.Add(ref A, lda);
            B = ref Unsafe.Add(ref B, NR);
        }
        ref double C = ref c[cAt];
        Store(ref C, c00, c10, accumulate);
        Store(ref Unsafe.Add(ref C, ldc), c01, c11, accumulate);
        Store(ref Unsafe.Add(ref C, 2 * ldc), c02, c12, accumulate);
        Store(ref Unsafe.Add(ref C, 3 * ldc), c03, c13, accumulate);
        Store(ref Unsafe.Add(ref C, 4 * ldc), c04, c14, accumulate);
        Store(ref Unsafe.Add(ref C, 5 * ldc), c05, c15, accumulate);
    }

    /// <summary>
    /// One column of the tile: the top and bottom registers, added to what C holds
    /// when accumulating.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Store(ref double column, V top, V bottom, bool accumulate)
    {
        ref double lower = ref Unsafe.Add(ref column, V.Count);
        if (accumulate)
        {
            top += V.Load(ref column);
            bottom += V.Load(ref lower);
        }
        top.Store(ref column);
        bottom.Store(ref lower);
    }
}
