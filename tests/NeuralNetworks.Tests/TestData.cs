namespace NeuralNetworks.Tests;

/// <summary>Paths to the repository's data/ folder and scratch files for the tests.</summary>
public static class TestData
{
    /// <summary>The path of a file in the repository's data/ folder, found by walking up from the test binaries.</summary>
    public static string File(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "data", name);
            if (System.IO.File.Exists(candidate)) return candidate;
        }
        throw new FileNotFoundException($"data/{name} not found above {AppContext.BaseDirectory}.");
    }

    /// <summary>Writes text to a new temporary .csv file and returns its path.</summary>
    public static string TempCsv(string text)
    {
        string path = Path.Combine(Path.GetTempPath(), $"nn-test-{Guid.NewGuid():N}.csv");
        System.IO.File.WriteAllText(path, text);
        return path;
    }
}
