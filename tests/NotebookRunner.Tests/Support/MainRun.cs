using System.Text.Json.Nodes;

namespace NotebookRunner.Tests.Support;

/// <summary>
/// Runs the Fixtures/main folder once (run --html --offline) for all the tests that read its executed copies.
/// The source folder is hashed before and after.
/// </summary>
public sealed class MainRun
{
    public MainRun()
    {
        Source = Path.Combine(Nbrun.Fixtures, "main");
        HashBefore = Nbrun.Hash(Source);
        Output = Path.Combine(Nbrun.TempFolder(), "out");
        // The cell limit bounds a hang; it is not a speed check. 05-fsharp's cell starts the F# kernel inside the
        // kernel, tens of seconds of CPU: beside a second copy of the suite on 2 cores (load 20 and more) it ran past 60 s.
        Result = Nbrun.Run(Source, "run", Source, "--out", Output, "--html", "--offline", "--timeout", "300");
        HashAfter = Nbrun.Hash(Source);
    }

    public string Source { get; }

    public string Output { get; }

    public string HashBefore { get; }

    public string HashAfter { get; }

    public Nbrun.Result Result { get; }

    public JsonObject Executed(string name) => Nbrun.Read(Path.Combine(Output, "notebooks", name));
}

/// <summary>One run of Fixtures/main shared by every test class that reads it.</summary>
[CollectionDefinition(Name)]
public sealed class MainRunCollection : ICollectionFixture<MainRun>
{
    public const string Name = "main fixture run";
}
