namespace NotebookRunner.Tests;

/// <summary>
/// The suite's two tiers: README's test command (<c>bash scripts/test.sh</c>, whose header says what each holds) runs
/// the quick one; <c>--full</c>, which <c>.ci/run</c> runs, adds the classes marked
/// <c>[Trait(Tier.Name, Tier.Full)]</c>. TierTests checks that no class outside the full tier shares a fixture that runs
/// the whole course.
/// </summary>
public static class Tier
{
    public const string Name = "Tier";

    public const string Full = "Full";
}
