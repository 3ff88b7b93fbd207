using NotebookRunner.Kernel;
using NotebookRunner.Notebooks;

namespace NotebookRunner.Export;

/// <summary>
/// The runtime behind the site's "Run" button: lib/BrowserKernel (.NET on WebAssembly with the
/// course library), published in Release to lib/BrowserKernel/bin/site and copied into
/// site/runtime/. Published here when it is missing or its sources (the kernel, the library, the
/// data) are not the ones it was published from, one process at a time; found from the repository
/// this nbrun was built in, so a site exported by an nbrun outside the repository has pages without
/// "Run".
/// </summary>
public static class BrowserRuntime
{
    private static readonly string[] Sources =
        ["lib/BrowserKernel", "lib/CellKernel", "lib/NeuralNetworks", "data", "bench/where-next"];

    /// <summary>The repository this nbrun was built in, or null when it runs from
    /// elsewhere.</summary>
    public static string? Repository()
    {
        for (var folder = new DirectoryInfo(
            AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "lib", "BrowserKernel",
                "BrowserKernel.csproj"))) return folder.FullName;
        return null;
    }

    /// <summary>Copies the published runtime to site/runtime/; returns false when there is no
    /// repository to publish from.</summary>
    public static bool CopyTo(string siteFolder)
    {
        var published = Publish();
        if (published is null) return false;
        var target = Path.Combine(siteFolder, "runtime");
        // The runtime's file names carry a hash of their content, so a runtime copied over an older
        // one would keep the older files beside it: runtime/ is the export's own folder, replaced
        // whole.
        if (Directory.Exists(target)) Directory.Delete(target, recursive: true);
        foreach (var file in Directory.EnumerateFiles(published, "*", SearchOption.AllDirectories))
        {
            var to = Path.Combine(target, Path.GetRelativePath(published, file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to, overwrite: true);
        }
        return true;
    }

    private static readonly Lazy<Task<string?>> Published = new(() => Task.Run(PublishNow));

    /// <summary>
    /// Starts publishing in the background, so that it overlaps the notebooks' run;
    /// <see cref="CopyTo"/> waits for it.
    /// </summary>
    public static void Prepare() => _ = Published.Value;

    /// <summary>The published wwwroot/, publishing it first when it is missing or stale (once per
    /// process).</summary>
    public static string? Publish() => Published.Value.GetAwaiter().GetResult();

    private static string? PublishNow()
    {
        var repository = Repository();
        if (repository is null) return null;
        var output = Path.Combine(repository, "lib", "BrowserKernel", "bin", "site");
        var stamp = Path.Combine(output, "published.stamp");
        var wwwroot = Path.Combine(output, "wwwroot");
        Directory.CreateDirectory(output);
        using var turn = Turn(Path.Combine(output, "..", "site.lock"));
        var sources = SourcesFingerprint(repository);
        if (File.Exists(stamp) && Directory.Exists(wwwroot) && File.ReadAllText(stamp) == sources)
            return wwwroot;
        Console.WriteLine("publishing the browser runtime (lib/BrowserKernel; once, until its " +
            "sources change)…");
        // Published whole each time: its file names carry a hash of their content, so older files
        // would stay beside.
        if (Directory.Exists(wwwroot)) Directory.Delete(wwwroot, recursive: true);
        var (exitCode, log) =
            DotnetHost.Run(repository, "publish", "lib/BrowserKernel", "-c", "Release", "-o",
                output, "-v", "q", "-nologo");
        if (exitCode != 0)
            throw new NotebookException(
                $"publishing lib/BrowserKernel failed (exit {exitCode}); run `dotnet publish " +
                $"lib/BrowserKernel -c Release` to see why:\n{log}", 1);
        Precompressed.Write(wwwroot);
        File.WriteAllText(stamp, sources);
        return wwwroot;
    }

    /// <summary>
    /// Every source file by path, size and time, hashed: the runtime is stale when any file is
    /// added, changed, moved or deleted (a newest-time test missed a file moved out of the library,
    /// and the runtime kept serving it).
    /// </summary>
    private static string SourcesFingerprint(string repository)
    {
        var files = Sources
            .Select(source => Path.Combine(repository, source))
            .Where(Directory.Exists)
            .SelectMany(folder =>
                Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            .Where(file => !file.Contains(
                $"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}",
                StringComparison.Ordinal)
                && !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}",
                    StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(file => $"{Path.GetRelativePath(repository, file)}" +
                $"\t{new FileInfo(file).Length}\t{File.GetLastWriteTimeUtc(file).Ticks}");
        var bytes = System.Security.Cryptography.SHA256.HashData(
            System.Text.Encoding.UTF8.GetBytes(string.Join("\n", files)));
        return Convert.ToHexStringLower(bytes);
    }

    /// <summary>Waits until no other process is publishing (a lock file held open), for up to 15
    /// minutes.</summary>
    private static FileStream Turn(string path)
    {
        var deadline = DateTime.UtcNow.AddMinutes(15);
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite,
                    FileShare.None);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(500);
            }
        }
    }
}
