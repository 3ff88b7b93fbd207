using System.Globalization;
using NeuralNetworks.Fast;

namespace NeuralNetworks.Optimizers;

/// <summary>
/// A learning-rate schedule (lesson 10), step decay: αₜ = α₀ · γ^⌊t / s⌋ for the steps
/// t = 0, 1, 2, …. The rate starts at α₀ and is multiplied by γ every s steps: α₀ = 0.95, γ = 0.5,
/// s = 10 gives 0.95 for steps 0–9, 0.475 for steps 10–19, 0.2375 for steps 20–29.
/// γ = 1 keeps the rate constant. The lecture hirotask 2024 notes that the learning rate may be
/// a constant or may change as training goes on; <see cref="ScheduledSGD"/> follows this schedule.
/// </summary>
public sealed record StepDecay
{
    /// <param name="initialRate">α₀, the rate of the first s steps.</param>
    /// <param name="factor">γ in (0, 1], what the rate is multiplied by every s steps.</param>
    /// <param name="every">s, the number of steps between two drops.</param>
    public StepDecay(double initialRate, double factor, int every)
    {
        InitialRate = initialRate > 0 && !double.IsInfinity(initialRate)
            ? initialRate
            : throw new ArgumentOutOfRangeException(nameof(initialRate), initialRate,
                "The initial learning rate must be a positive finite number, such as 0.95.");
        Factor = factor > 0 && factor <= 1
            ? factor
            : throw new ArgumentOutOfRangeException(nameof(factor), factor,
                "The factor multiplies the rate at every drop: give a number in (0, 1], " +
                "such as 0.5 (1 keeps the rate constant).");
        Every = every >= 1
            ? every
            : throw new ArgumentOutOfRangeException(nameof(every), every,
                "every is the number of steps between two drops: give at least 1, such as 10.");
    }

    /// <summary>α₀.</summary>
    public double InitialRate { get; }

    /// <summary>γ.</summary>
    public double Factor { get; }

    /// <summary>s.</summary>
    public int Every { get; }

    /// <summary>αₜ = α₀ · γ^⌊t / s⌋, the rate of step t (counted from 0).</summary>
    public double RateAt(int step)
    {
        if (step < 0)
            throw new ArgumentOutOfRangeException(nameof(step), step,
                "Steps are counted from 0: give 0 or more.");
        return InitialRate * PortableMath.Pow(Factor, step / Every);
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"α₀={InitialRate:G4}, ×{Factor:G4} every {Every} steps");
}
