namespace NotebookRunner.Kernel;

/// <summary>
/// Reads a kernel's stdout one bounded line at a time, only when asked: nothing is read ahead, so
/// between commands a kernel that keeps writing blocks on its own full pipe instead of filling
/// nbrun's memory, and the next command reads (and drops) what waited. A line longer than the bound
/// is skipped to its end without being kept. The line handed out lives in a buffer this reader
/// reuses: it is valid until the next read.
/// </summary>
public sealed class KernelReader(Stream stdout)
{
    private readonly byte[] chunk = new byte[64 * 1024];
    private MemoryStream line = new();
    private int next, filled;

    public bool Ended { get; private set; }

    /// <summary>The next whole line (without its newline), or null once the kernel's stdout has
    /// ended.</summary>
    public async ValueTask<KernelLine?> ReadLineAsync(int maxLineBytes, CancellationToken cancel)
    {
        if (line.Capacity > 1 << 20) line = new MemoryStream();
        line.SetLength(0);
        long length = 0;
        while (true)
        {
            if (next == filled && !await FillAsync(cancel)) return null;
            var newline = Array.IndexOf(chunk, (byte)'\n', next, filled - next);
            var end = newline < 0 ? filled : newline;
            length += end - next;
            if (length <= maxLineBytes) line.Write(chunk, next, end - next);
            next = newline < 0 ? filled : newline + 1;
            if (newline < 0) continue;
            return length <= maxLineBytes
                ? new KernelLine(line.GetBuffer().AsMemory(0, (int)line.Length), length)
                : new KernelLine(null, length);
        }
    }

    /// <summary>
    /// Reads the next block. The wait is given up at the deadline even if the stream does not
    /// honour the token; the caller then stops the kernel and reads no more.
    /// </summary>
    private async ValueTask<bool> FillAsync(CancellationToken cancel)
    {
        if (Ended) return false;
        try
        {
            filled = await stdout.ReadAsync(chunk, cancel).AsTask().WaitAsync(cancel);
        }
        catch (Exception error) when (error is IOException or ObjectDisposedException)
        {
            filled = 0;
        }
        next = 0;
        Ended = filled == 0;
        return !Ended;
    }
}

/// <summary>One line of a kernel's stdout: its bytes, or null when it was longer than the bound and
/// skipped (Length says how long).</summary>
public readonly record struct KernelLine(ReadOnlyMemory<byte>? Bytes, long Length)
{
    public bool Overlong => Bytes is null;
}
