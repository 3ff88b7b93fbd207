using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using NeuralNetworks.Fast;
using Xunit.Abstractions;

namespace NeuralNetworks.Tests.Fast;

/// <summary>
/// Every kernel this machine runs, against the reference product (<see cref="Operands"/>) and against the scalar kernel,
/// which every machine runs. All kernels sum each element in the same order, so they must give the scalar kernel's bits.
/// The shapes cross every kernel's tile (MR = 16, 8, 4, 2 rows; NR = 6 columns) and the blocks (MC = 128, KC = 256).
/// Run under DOTNET_EnableAVX512=0 and DOTNET_EnableAVX=0 (scripts/test.sh does) to exercise the 256- and 128-bit kernels
/// as the only SIMD ones; the first test prints which kernels this machine could not run.
/// </summary>
[Trait("Category", "Kernel")]
public class GemmKernelTests(ITestOutputHelper output)
{
    public static TheoryData<string> KernelsThisMachineRuns =>
        new(GemmKernel.All.Where(kernel => kernel.IsSupported).Select(kernel => kernel.Name));

    private static readonly (int M, int K, int N)[] Shapes =
        [(1, 1, 1), (7, 13, 5), (16, 300, 6), (17, 257, 13), (100, 64, 100), (129, 3, 70), (33, 520, 2)];

    private static GemmKernel Kernel(string name) => GemmKernel.All.Single(kernel => kernel.Name == name);

    [Fact]
    public void The_widest_kernel_the_runtime_offers_is_the_one_in_use_and_the_others_are_named()
    {
        string expected = Avx512F.IsSupported ? "512-bit" : Vector256.IsHardwareAccelerated ? "256-bit"
            : Vector128.IsHardwareAccelerated ? "128-bit" : "scalar";
        Assert.Equal(expected, GemmKernel.Best.Name);
        Assert.True(GemmKernel.Scalar.IsSupported);
        string[] missing = GemmKernel.All.Where(kernel => !kernel.IsSupported).Select(kernel => kernel.Name).ToArray();
        output.WriteLine($"kernel in use: {GemmKernel.Best}; fused multiply-add: {Simd.Fuses}");
        output.WriteLine(missing.Length == 0 ? "this machine runs every kernel" : $"this machine cannot run: {string.Join(", ", missing)}");
        Assert.Equal(Avx512F.IsSupported, !missing.Contains("512-bit"));
    }

    [Fact]
    public void The_library_is_built_for_the_JIT_to_optimise_even_in_Debug()
    {
        var debuggable = typeof(GemmKernel).Assembly.GetCustomAttributes(typeof(System.Diagnostics.DebuggableAttribute), false)
            .Cast<System.Diagnostics.DebuggableAttribute>().SingleOrDefault();
        Assert.False(debuggable?.IsJITOptimizerDisabled ?? false,
            "NeuralNetworks.dll turns the JIT's optimisations off, which makes the kernels about 100 times slower: keep <Optimize>true</Optimize> in NeuralNetworks.csproj.");
    }

    [Theory, MemberData(nameof(KernelsThisMachineRuns))]
    public void Each_kernel_computes_the_reference_product_exactly_on_integers(string name)
    {
        foreach (var (m, k, n) in Shapes)
        {
            Matrix<double> a = Operands.Integers(m, k, 1), b = Operands.Integers(k, n, 2), c = Matrix<double>.Build.Dense(m, n, double.NaN);
            Run(Kernel(name), a, false, b, false, c);
            Assert.Equal(Operands.Product(a, b), c);
        }
    }

    [Theory, MemberData(nameof(KernelsThisMachineRuns))]
    public void Each_kernel_gives_the_scalar_kernels_bits_in_all_three_products(string name)
    {
        foreach (var (m, k, n) in Shapes)
        {
            Matrix<double> a = Operands.Reals(m, k, 3), b = Operands.Reals(k, n, 4);
            var results = new List<(string, Matrix<double>)>();
            foreach (var (A, ta, B, tb) in new[] { (a, false, b, false), (a.Transpose(), true, b, false), (a, false, b.Transpose(), true) })
            {
                Matrix<double> scalar = Matrix<double>.Build.Dense(m, n), vector = Matrix<double>.Build.Dense(m, n, double.NaN);
                Run(GemmKernel.Scalar, A, ta, B, tb, scalar);
                Run(Kernel(name), A, ta, B, tb, vector);
                Assert.Equal(scalar, vector);
                results.Add(($"{name} kernel, {m}×{k}·{k}×{n}, transposed A {ta}, B {tb}", vector));
            }
            Operands.AssertCloseToProduct(a, b, [.. results]);
        }
    }

    [Theory, MemberData(nameof(KernelsThisMachineRuns))]
    public void A_tile_adds_to_C_when_accumulating_and_overwrites_it_otherwise(string name)
    {
        GemmKernel kernel = Kernel(name);
        int MR = kernel.MR, NR = GemmKernel.NR, kc = 5, ldc = MR + 3;
        double[] a = Enumerable.Range(0, MR * kc).Select(i => (double)(i % 7 - 3)).ToArray();
        double[] b = Enumerable.Range(0, NR * kc).Select(i => (double)(i % 5 - 2)).ToArray();
        double[] overwritten = Enumerable.Repeat(100.0, ldc * NR).ToArray(), accumulated = (double[])overwritten.Clone();
        kernel.Tile(kc, a, 0, MR, b, 0, overwritten, 0, ldc, accumulate: false);
        kernel.Tile(kc, a, 0, MR, b, 0, accumulated, 0, ldc, accumulate: true);
        for (int j = 0; j < NR; j++)
            for (int i = 0; i < ldc; i++)
            {
                double sum = Enumerable.Range(0, kc).Sum(p => a[p * MR + i % MR] * b[p * NR + j]);
                bool inTile = i < MR;
                Assert.Equal(inTile ? sum : 100.0, overwritten[j * ldc + i]);
                Assert.Equal(inTile ? 100.0 + sum : 100.0, accumulated[j * ldc + i]);
            }
    }

    private static void Run(GemmKernel kernel, Matrix<double> a, bool ta, Matrix<double> b, bool tb, Matrix<double> c) =>
        MatrixMultiply.Run(GemmOperand.Of(a, ta, "a"), GemmOperand.Of(b, tb, "b"), GemmOperand.DenseData(c, "c"),
            c.RowCount, c.ColumnCount, ta ? a.RowCount : a.ColumnCount, threads: 1, kernel);
}
