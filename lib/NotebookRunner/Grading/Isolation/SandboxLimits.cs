using System.Globalization;

namespace NotebookRunner.Grading.Isolation;

/// <summary>
/// The limits the operating system enforces on one submission's processes, whatever they do: the GC heap
/// (DOTNET_GCHeapHardLimit) and the whole address space (RLIMIT_AS: native memory too), the number of processes and
/// threads (RLIMIT_NPROC), the size of any file written (RLIMIT_FSIZE), CPU seconds (RLIMIT_CPU), open files, and the size
/// of the writable folders (tmpfs). The GC reserves address space for twice the heap (DOTNET_GCRegionRange), and the kernel
/// process maps about 4 GiB besides (measured: 4.7 GiB of address space in use after its first cells with a 1 GiB heap;
/// with a 4 GiB address space it hangs at its first cell), so the address space is twice the heap plus 4 GiB: a
/// submission gets roughly the heap and about one more GiB of native memory.
/// </summary>
public sealed record SandboxLimits(long HeapBytes, int Processes = 512, long FileBytes = 64L << 20, int CpuSeconds = 1200,
    long WritableBytes = 256L << 20, int OpenFiles = 1024)
{
    public long RegionRangeBytes => 2 * HeapBytes;

    public long AddressSpaceBytes => RegionRangeBytes + (4L << 30);

    /// <summary>The prlimit options for these limits (util-linux), applied to the sandbox and everything it starts.</summary>
    public IEnumerable<string> PrlimitArguments(int processAllowance) =>
    [
        $"--as={AddressSpaceBytes}", $"--nproc={processAllowance}", $"--fsize={FileBytes}", $"--cpu={CpuSeconds}",
        $"--nofile={OpenFiles}", "--core=0",
    ];

    public string HeapHex => HeapBytes.ToString("X", CultureInfo.InvariantCulture);

    public string RegionRangeHex => RegionRangeBytes.ToString("X", CultureInfo.InvariantCulture);
}
