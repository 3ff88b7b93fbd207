"""The random numbers of .NET's `new Random(seed)`, so that Python can cut the same data split as the library.

A seeded System.Random (every .NET version since Framework 1.0, and .NET 6+ for seeded instances) is Knuth's
subtractive generator: 55 numbers below 2^31 - 1 seeded from the seed, then each draw is the difference of two of
them 21 places apart. `Next(n)` scales a draw in [0, 1) to 0 .. n - 1. Dataset.Permutation (lib/NeuralNetworks/Data/
DatasetRows.cs) shuffles 0 .. n - 1 with it, Fisher-Yates from the end; `permutation` below does the same.
tests/NeuralNetworks.Tests/Training/WhereNextReferenceTests.cs checks the rows against the library's own split.
"""

INT_MAX = 2**31 - 1
SEED_BASE = 161803398  # Knuth's MSEED


class DotNetRandom:
    def __init__(self, seed):
        subtraction = INT_MAX if seed == -(2**31) else abs(seed)
        state = [0] * 56
        mj = SEED_BASE - subtraction
        state[55] = mj
        mk, ii = 1, 0
        for _ in range(1, 55):
            ii = (ii + 21) % 55
            state[ii] = mk
            mk = mj - mk
            if mk < 0:
                mk += INT_MAX
            mj = state[ii]
        for _ in range(4):
            for i in range(1, 56):
                state[i] -= state[1 + (i + 30) % 55]
                if state[i] < 0:
                    state[i] += INT_MAX
        self._state, self._next, self._next_p = state, 0, 21

    def _sample(self):
        self._next = 1 if self._next + 1 >= 56 else self._next + 1
        self._next_p = 1 if self._next_p + 1 >= 56 else self._next_p + 1
        value = self._state[self._next] - self._state[self._next_p]
        if value == INT_MAX:
            value -= 1
        if value < 0:
            value += INT_MAX
        self._state[self._next] = value
        return value * (1.0 / INT_MAX)

    def next(self, max_value):
        """An integer in 0 .. max_value - 1, as Random.Next(maxValue)."""
        return int(self._sample() * max_value)


def permutation(n, seed):
    """0 .. n - 1 shuffled as the library's Dataset.Permutation(n, seed) shuffles them."""
    order = list(range(n))
    rng = DotNetRandom(seed)
    for i in range(n - 1, 0, -1):
        j = rng.next(i + 1)
        order[i], order[j] = order[j], order[i]
    return order
