namespace NeuralNetworks.Fast;

/// <summary>
/// A register of <see cref="Count"/> doubles: the five operations the micro-kernel needs
/// from a vector width (load, broadcast, multiply-add, add, store). Implemented once per
/// width in SimdWidths.cs (512, 256 and 128 bits, and <see cref="Scalar"/> with Count = 1),
/// so that <see cref="GemmKernel{V}"/> is written once over V: the JIT compiles one copy of it
/// per width, with every call inlined, and the generic costs nothing at run time. The runtime's
/// own interface over Vector128/256/512 (System.Runtime.Intrinsics.ISimdVector) is internal,
/// hence this small one.
/// </summary>
internal interface ISimd<TSelf> where TSelf : struct, ISimd<TSelf>
{
    /// <summary>The number of doubles in one register.</summary>
    static abstract int Count { get; }

    /// <summary>
    /// True when this machine runs the width in hardware (read by the JIT as a constant).
    /// </summary>
    static abstract bool IsSupported { get; }

    static abstract TSelf Load(ref double source);

    /// <summary>Every lane set to <paramref name="value"/>.</summary>
    static abstract TSelf Broadcast(double value);

    /// <summary>
    /// a·b + c lane by lane, rounded once (a fused multiply-add) wherever the CPU has one
    /// (<see cref="Simd.Fuses"/>), otherwise rounded after the product and after the sum.
    /// Every width makes the same choice on a given machine.
    /// </summary>
    static abstract TSelf MultiplyAdd(TSelf a, TSelf b, TSelf c);

    static abstract TSelf operator +(TSelf a, TSelf b);

    void Store(ref double destination);
}
