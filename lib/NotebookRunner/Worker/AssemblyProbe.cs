using System.Reflection;
using System.Runtime.Loader;

namespace NotebookRunner.Worker;

/// <summary>
/// Finds the dependencies of #r'd DLLs in the folders those DLLs came from (e.g. MathNet.Numerics.dll beside
/// NeuralNetworks.dll), by a Resolving handler on the default load context.
/// </summary>
public sealed class AssemblyProbe
{
    private readonly List<string> folders = [];
    private readonly object gate = new();

    public AssemblyProbe() => AssemblyLoadContext.Default.Resolving += Resolve;

    public void AddFolderOf(string dllPath)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(dllPath));
        lock (gate)
        {
            if (folder is not null && !folders.Contains(folder)) folders.Add(folder);
        }
    }

    private Assembly? Resolve(AssemblyLoadContext context, AssemblyName name)
    {
        string[] snapshot;
        lock (gate) snapshot = [.. folders];
        foreach (var folder in snapshot)
        {
            var candidate = Path.Combine(folder, name.Name + ".dll");
            if (File.Exists(candidate)) return context.LoadFromAssemblyPath(candidate);
        }
        return null;
    }
}
