using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("NeuralNetworks.Tests")]
[assembly: InternalsVisibleTo("TrainingBench")]

namespace NeuralNetworks.Fast;

/// <summary>
/// The micro-kernel: C[tile] (+)= Ã·B̃ for one MR×NR tile of C, where Ã is a packed MR×kc
/// sliver of op(A) and B̃ a packed kc×NR sliver of op(B) (see <see cref="Packing"/>).
/// One kernel per vector width, all of the same shape (<see cref="GemmKernel{V}"/>),
/// and <see cref="Best"/>, the widest this CPU runs, is chosen when the program starts:
/// 512-bit (AVX-512), 256-bit (AVX2 with FMA: most x86 laptops and servers), 128-bit (SSE2 on any
/// x86-64, NEON on ARM64: Apple Silicon), and scalar where no SIMD exists. Every element of C is
/// summed in the same order (p = 0, 1, …, one multiply-add at a time) whatever the width, so all
/// kernels give the same bits (<see cref="Simd.Fuses"/>). The runtime's switches hide widths:
/// DOTNET_EnableAVX512F=0 (.NET 8, 9) or DOTNET_EnableAVX512=0 (.NET 10) leaves the 256-bit kernel,
/// DOTNET_EnableAVX=0 the 128-bit one.
/// </summary>
internal abstract class GemmKernel
{
    /// <summary>
    /// Columns of C per tile, the same for every width (6 keeps 12 accumulators in
    /// 16 registers on AVX2).
    /// </summary>
    public const int NR = 6;

    /// <summary>The largest MR of any kernel, for buffers that must fit all of them.</summary>
    public const int MaxMR = 16;

    public static GemmKernel Vector512 { get; } = new GemmKernel<Simd512>("512-bit");

    public static GemmKernel Vector256 { get; } = new GemmKernel<Simd256>("256-bit");

    public static GemmKernel Vector128 { get; } = new GemmKernel<Simd128>("128-bit");

    public static GemmKernel Scalar { get; } = new GemmKernel<Scalar>("scalar");

    /// <summary>Every kernel, widest first.</summary>
    public static IReadOnlyList<GemmKernel> All { get; } =
        [Vector512, Vector256, Vector128, Scalar];

    /// <summary>The widest kernel this CPU runs: the one every product uses.</summary>
    public static GemmKernel Best { get; } = All.First(kernel => kernel.IsSupported);

    /// <summary>"512-bit", "256-bit", "128-bit" or "scalar".</summary>
    public abstract string Name { get; }

    /// <summary>Rows of C per tile: two registers of doubles (16, 8, 4 or 2).</summary>
    public abstract int MR { get; }

    public abstract bool IsSupported { get; }

    /// <summary>
    /// C[i, j] (+)= Σₚ Ã[p·lda + i]·B̃[p·NR + j] for the full tile at c (column-major, leading
    /// dimension ldc), Ã starting at a[aAt]: lda = MR for a packed sliver, or the leading dimension
    /// of op(A) read where it is stored.
    /// </summary>
    public abstract void Tile(int kc, double[] a, int aAt, int lda, double[] b, int bAt,
        double[] c, int cAt, int ldc, bool accumulate);

    public override string ToString() => $"{Name} kernel ({MR}×{NR} tile)";
}
