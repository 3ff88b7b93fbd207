using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.Arm;
using System.Runtime.Intrinsics.X86;

namespace NeuralNetworks.Fast;

/// <summary>
/// What the CPU offers, as the JIT sees it (each property is a constant in compiled code).
/// </summary>
internal static class Simd
{
    /// <summary>
    /// True when the CPU has a fused multiply-add: x86 with FMA3 (every AVX2 chip) and every ARM64
    /// chip. Then every width, the scalar one included, rounds a·b + c once, so all of them give
    /// the same bits; without it, none fuses.
    /// </summary>
    public static bool Fuses => Fma.IsSupported || AdvSimd.Arm64.IsSupported;
}

/// <summary>8 doubles (AVX-512).</summary>
internal readonly struct Simd512(Vector512<double> v) : ISimd<Simd512>
{
    private readonly Vector512<double> v = v;

    public static int Count => Vector512<double>.Count;
    public static bool IsSupported => Avx512F.IsSupported;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Simd512 Load(ref double source) => new(Vector512.LoadUnsafe(ref source));
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Simd512 Broadcast(double value) => new(Vector512.Create(value));
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Simd512 MultiplyAdd(Simd512 a, Simd512 b, Simd512 c) =>
        new(Avx512F.FusedMultiplyAdd(a.v, b.v, c.v));
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Simd512 operator +(Simd512 a, Simd512 b) => new(a.v + b.v);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Store(ref double destination) => v.StoreUnsafe(ref destination);
}

/// <summary>4 doubles (AVX; with AVX2 chips comes FMA).</summary>
internal readonly struct Simd256(Vector256<double> v) : ISimd<Simd256>
{
    private readonly Vector256<double> v = v;

    public static int Count => Vector256<double>.Count;
    public static bool IsSupported => Vector256.IsHardwareAccelerated;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Simd256 Load(ref double source) => new(Vector256.LoadUnsafe(ref source));
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Simd256 Broadcast(double value) => new(Vector256.Create(value));
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Simd256 operator +(Simd256 a, Simd256 b) => new(a.v + b.v);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Store(ref double destination) => v.StoreUnsafe(ref destination);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Simd256 MultiplyAdd(Simd256 a, Simd256 b, Simd256 c) =>
        new(Fma.IsSupported ? Fma.MultiplyAdd(a.v, b.v, c.v) : a.v * b.v + c.v);
}

/// <summary>
/// 2 doubles (SSE2 on every x86-64, NEON/AdvSimd on every ARM64: Apple Silicon, ARM servers).
/// </summary>
internal readonly struct Simd128(Vector128<double> v) : ISimd<Simd128>
{
    private readonly Vector128<double> v = v;

    public static int Count => Vector128<double>.Count;
    public static bool IsSupported => Vector128.IsHardwareAccelerated;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Simd128 Load(ref double source) => new(Vector128.LoadUnsafe(ref source));
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Simd128 Broadcast(double value) => new(Vector128.Create(value));
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Simd128 operator +(Simd128 a, Simd128 b) => new(a.v + b.v);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Store(ref double destination) => v.StoreUnsafe(ref destination);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Simd128 MultiplyAdd(Simd128 a, Simd128 b, Simd128 c) =>
        Fma.IsSupported ? new(Fma.MultiplyAdd(a.v, b.v, c.v))
        : AdvSimd.Arm64.IsSupported ? new(AdvSimd.Arm64.FusedMultiplyAdd(c.v, a.v, b.v))
        : new(a.v * b.v + c.v);
}

/// <summary>
/// One double: the width every CPU has, and the reference the vector widths are tested against.
/// </summary>
internal readonly struct Scalar(double v) : ISimd<Scalar>
{
    private readonly double v = v;

    public static int Count => 1;
    public static bool IsSupported => true;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Scalar Load(ref double source) => new(source);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Scalar Broadcast(double value) => new(value);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Scalar operator +(Scalar a, Scalar b) => new(a.v + b.v);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Store(ref double destination) => destination = v;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Scalar MultiplyAdd(Scalar a, Scalar b, Scalar c) =>
        new(Simd.Fuses ? Math.FusedMultiplyAdd(a.v, b.v, c.v) : a.v * b.v + c.v);
}
