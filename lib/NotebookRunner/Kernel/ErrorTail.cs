using System.Text;

namespace NotebookRunner.Kernel;

/// <summary>
/// The end of a kernel's stderr, for messages when it dies: read in blocks as it comes, so the
/// kernel never blocks on a full pipe, and only the last <see cref="KeptBytes"/> bytes kept. .NET's
/// own reader (BeginErrorReadLine) holds a line whole until its newline, however long: a submission
/// that wrote 2 GB without one grew the grader by 4 GB.
/// </summary>
public sealed class ErrorTail
{
    public const int KeptBytes = 8000;

    private readonly byte[] ring = new byte[KeptBytes];
    private long written;

    private ErrorTail()
    {
    }

    /// <summary>Done when the stream has ended and everything in it was read.</summary>
    public Task Drained { get; private set; } = Task.CompletedTask;

    /// <summary>Starts draining <paramref name="stderr"/> in the background, until it
    /// ends.</summary>
    public static ErrorTail Start(Stream stderr)
    {
        var tail = new ErrorTail();
        tail.Drained = Task.Run(() => tail.DrainAsync(stderr));
        return tail;
    }

    /// <summary>The last bytes as text, trimmed (a character cut at the start shows as
    /// U+FFFD).</summary>
    public string Text
    {
        get
        {
            lock (ring)
            {
                var start = (int)(written % KeptBytes);
                var bytes = written < KeptBytes ? ring[..start]
                    : [.. ring[start..], .. ring[..start]];
                return Encoding.UTF8.GetString(bytes).Trim();
            }
        }
    }

    private async Task DrainAsync(Stream stderr)
    {
        var block = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await stderr.ReadAsync(block)) > 0)
                lock (ring) Keep(block.AsSpan(0, read));
        }
        catch (Exception error) when (error is IOException or ObjectDisposedException)
        {
            // the kernel went away
        }
    }

    private void Keep(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > KeptBytes)
        {
            written += bytes.Length - KeptBytes;
            bytes = bytes[^KeptBytes..];
        }
        var start = (int)(written % KeptBytes);
        var first = Math.Min(bytes.Length, KeptBytes - start);
        bytes[..first].CopyTo(ring.AsSpan(start));
        bytes[first..].CopyTo(ring);
        written += bytes.Length;
    }
}
