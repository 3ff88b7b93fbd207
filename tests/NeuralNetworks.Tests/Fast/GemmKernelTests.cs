using NeuralNetworks.Fast;

namespace NeuralNetworks.Tests.Fast;

/// <summary>The vector micro-kernel and its scalar twin compute the same tile with the same bits (both fuse multiply and add).</summary>
public class GemmKernelTests
{
    [Theory, InlineData(1, false), InlineData(37, false), InlineData(256, true)]
    public void Vector_tile_equals_scalar_tile_bit_for_bit(int kc, bool accumulate)
    {
        const int MR = GemmKernel.MR, NR = GemmKernel.NR, ldc = MR + 3;
        var rng = new Random(kc);
        double[] a = Enumerable.Range(0, MR * kc).Select(_ => rng.NextDouble() - 0.5).ToArray();
        double[] b = Enumerable.Range(0, NR * kc).Select(_ => rng.NextDouble() - 0.5).ToArray();
        double[] start = Enumerable.Range(0, ldc * NR).Select(_ => rng.NextDouble()).ToArray();
        double[] scalar = (double[])start.Clone(), vector = (double[])start.Clone();
        GemmKernel.TileScalar(kc, a, 0, b, 0, scalar, 0, ldc, accumulate);
        GemmKernel.Tile(kc, a, 0, b, 0, vector, 0, ldc, accumulate);
        Assert.Equal(scalar, vector);
        Assert.NotEqual(start, scalar);
    }
}
