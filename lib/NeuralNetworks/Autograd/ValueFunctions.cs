using NeuralNetworks.Fast;

namespace NeuralNetworks.Autograd;

public sealed partial class Value
{
    // PortableMath: the same bits on every platform, the browser too (Fast/PortableMath.cs).
    /// <summary>eˣ; d/dx = eˣ (the result itself).</summary>
    public Value Exp()
    {
        double e = PortableMath.Exp(Data);
        return new(e, "exp", [this], [e]);
    }

    /// <summary>ln x for x &gt; 0; d/dx = 1/x.</summary>
    public Value Log()
    {
        if (!(Data > 0))
            throw new ArgumentOutOfRangeException("x", Data,
                FormattableString.Invariant($"log(x) needs x > 0 but x = {Data}; ") +
                "add a small ε (such as 1e-7) if x can reach 0.");
        return new(PortableMath.Log(Data), "log", [this], [1 / Data]);
    }

    /// <summary>tanh x; d/dx = 1 − tanh²x.</summary>
    public Value Tanh()
    {
        double t = PortableMath.Tanh(Data);
        return new(t, "tanh", [this], [1 - t * t]);
    }

    /// <summary>σ(x) = 1 / (1 + e⁻ˣ); d/dx = σ(x)(1 − σ(x)).</summary>
    public Value Sigmoid()
    {
        double s = 1 / (1 + PortableMath.Exp(-Data));
        return new(s, "σ", [this], [s * (1 - s)]);
    }

    /// <summary>
    /// ReLU(x) = max(0, x); d/dx = 1 if x &gt; 0, else 0 (0 at x = 0, as in Activations/ReLU.cs).
    /// </summary>
    public Value ReLU() =>
        new(Data > 0 ? Data : 0, "ReLU", [this], [Data > 0 ? 1 : 0]);
}
