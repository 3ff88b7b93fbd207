using System.Globalization;

namespace NotebookRunner.Sandbox;

/// <summary>
/// The limits the operating system enforces on one submission's processes, whatever they do: the GC
/// heap (DOTNET_GCHeapHardLimit) and the whole address space (RLIMIT_AS: native memory too), the
/// number of processes and threads (RLIMIT_NPROC), the size of any file written (RLIMIT_FSIZE), CPU
/// seconds (RLIMIT_CPU), open files, and the size of the writable folders (tmpfs). The GC reserves
/// address space for twice the heap (DOTNET_GCRegionRange); the kernel maps about 2.5 GiB besides
/// once glibc keeps two malloc arenas (MALLOC_ARENA_MAX=2; measured 4.5 GiB in use with a 1 GiB
/// heap after 27 cells, against 5.4 GiB with glibc's default arenas; with a 4 GiB address space the
/// kernel hangs at its first cell, with 6 GiB it ran out during a homework's checks). So the
/// address space is twice the heap plus 5 GiB: a submission gets its heap and at most about 2.5 GiB
/// of native memory more. The runtime's W^X double mapping of JIT code keeps that code in a memory
/// file that RLIMIT_FSIZE caps, so the sandbox turns it off (DOTNET_EnableWriteXorExecute=0): with
/// it on, the kernel aborted ("Out of memory.") once it had compiled about 64 MiB of code.
/// </summary>
public sealed record SandboxLimits(long HeapBytes, int Processes = 512, long FileBytes = 64L << 20,
    int CpuSeconds = 1200,
    long WritableBytes = 256L << 20, int OpenFiles = 1024)
{
    public long RegionRangeBytes => 2 * HeapBytes;

    public long AddressSpaceBytes => RegionRangeBytes + (5L << 30);

    /// <summary>The prlimit options for these limits (util-linux), applied to the sandbox and
    /// everything it starts.</summary>
    public IEnumerable<string> PrlimitArguments(int processAllowance) =>
    [
        $"--as={AddressSpaceBytes}", $"--nproc={processAllowance}", $"--fsize={FileBytes}",
            $"--cpu={CpuSeconds}",
        $"--nofile={OpenFiles}", "--core=0",
    ];

    public string HeapHex => HeapBytes.ToString("X", CultureInfo.InvariantCulture);

    public string RegionRangeHex => RegionRangeBytes.ToString("X", CultureInfo.InvariantCulture);
}
