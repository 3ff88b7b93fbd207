namespace NotebookRunner.Tests;

/// <summary>
/// The suite's two tiers. README's test command (<c>bash scripts/test.sh</c>) runs the quick one: every test of the
/// library and of the runner's parts, with one real run through each door (fixture notebooks on the kernel and their page
/// in Chromium, release, strip, attacks on the grader in its sandbox, the kernel protocol fuzzed). <c>--full</c>, which
/// <c>.ci/run</c> runs, adds the classes marked <c>[Trait(Tier.Name, Tier.Full)]</c>: every notebook of both editions on
/// the kernel, in the browser runtime, in Jupyter and as file-based apps, every assignment graded, the fresh-clone builds.
/// TierTests checks that no class outside the full tier shares a fixture that runs the whole course.
/// </summary>
public static class Tier
{
    public const string Name = "Tier";

    public const string Full = "Full";
}
