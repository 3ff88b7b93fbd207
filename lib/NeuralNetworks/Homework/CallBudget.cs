using NeuralNetworks.Languages;

namespace NeuralNetworks.Homework;

/// <summary>
/// A function a check hands to the student's code with a fixed number of calls (homework 08).
/// Backward gets the hidden layer's f and f′ and may call each once per example and hidden
/// unit: a backward pass runs the network forward once, while a numerical gradient runs it
/// again for every weight it nudges, so it runs out of calls on its first nudge whatever it is
/// written with. Counting calls is deterministic, unlike timing. The count is safe from several
/// threads (MathNet's Map may split a large matrix between cores).
/// </summary>
public static class CallBudget
{
    /// <summary>
    /// f itself for the first <paramref name="calls"/> calls; every later call throws a
    /// <see cref="CheckFailedException"/> naming <paramref name="what"/>, so the check fails
    /// however the student's code goes on.
    /// </summary>
    public static Func<double, double> Limit(Func<double, double> f, int calls, string what)
    {
        ArgumentNullException.ThrowIfNull(f);
        if (calls < 1)
            throw new ArgumentOutOfRangeException(nameof(calls), calls,
                $"Allow {what} at least 1 call, e.g. examples × units.");
        int made = 0;
        return u => Interlocked.Increment(ref made) <= calls
            ? f(u)
            : throw new CheckFailedException(Language.Pick(
                $"{what} was called more than {calls} times, more than this check allows.",
                $"{Language.Words(what)}が{calls}回を超えて呼び出されました。" +
                "このチェックが認める回数を超えています。"));
    }
}
