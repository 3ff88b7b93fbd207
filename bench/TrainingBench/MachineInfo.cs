using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.Arm;
using System.Runtime.Intrinsics.X86;
using System.Text.Json;
using NeuralNetworks.Fast;

/// <summary>
/// The machine as this process sees it, for the heading of every table: the CPU model (/proc/cpuinfo where there is one),
/// the vector extensions the .NET runtime offers (after DOTNET_EnableAVX512=0, DOTNET_EnableAVX=0 and the like), the
/// runtime switches that were set, and the kernel the library chose. One JSON line.
/// </summary>
static class MachineInfo
{
    public static void Print()
    {
        string[] switches = Environment.GetEnvironmentVariables().Keys.Cast<string>()
            .Where(k => k.StartsWith("DOTNET_Enable", StringComparison.Ordinal)).Order()
            .Select(k => $"{k}={Environment.GetEnvironmentVariable(k)}").ToArray();
        var info = new Dictionary<string, object>
        {
            ["kind"] = "machine",
            ["cpu"] = CpuModel(),
            ["cores"] = Environment.ProcessorCount,
            ["os"] = RuntimeInformation.OSDescription,
            ["runtime"] = RuntimeInformation.FrameworkDescription,
            ["architecture"] = RuntimeInformation.ProcessArchitecture.ToString(),
            ["vector512"] = Vector512.IsHardwareAccelerated,
            ["vector256"] = Vector256.IsHardwareAccelerated,
            ["vector128"] = Vector128.IsHardwareAccelerated,
            ["avx512f"] = Avx512F.IsSupported,
            ["avx2"] = Avx2.IsSupported,
            ["fma"] = Fma.IsSupported,
            ["advsimd"] = AdvSimd.IsSupported,
            ["kernel"] = FastProducts.Kernel,
            ["switches"] = switches,
        };
        Console.WriteLine(JsonSerializer.Serialize(info));
    }

    /// <summary>"model name" from /proc/cpuinfo, with the family and model numbers (a virtual machine may show only a brand).</summary>
    private static string CpuModel()
    {
        const string cpuinfo = "/proc/cpuinfo";
        if (!File.Exists(cpuinfo)) return $"unknown {RuntimeInformation.ProcessArchitecture} CPU";
        var fields = File.ReadLines(cpuinfo).TakeWhile(l => l.Length > 0).Where(l => l.Contains(':'))
            .Select(l => (Key: l[..l.IndexOf(':')].Trim(), Value: l[(l.IndexOf(':') + 1)..].Trim()))
            .GroupBy(f => f.Key).ToDictionary(g => g.Key, g => g.First().Value);
        string name = fields.GetValueOrDefault("model name") ?? fields.GetValueOrDefault("Model") ?? "unknown CPU";
        return fields.TryGetValue("cpu family", out string? family) && fields.TryGetValue("model", out string? model)
            ? $"{name} (family {family}, model {model})" : name;
    }
}
