using System.IO.Compression;

namespace NotebookRunner.Export;

/// <summary>
/// Writes file.br and file.gz beside each file of the published runtime, for hosts that serve
/// precompressed files (nginx's gzip_static and brotli_static, the tests' static server). Done here
/// rather than by the SDK's publish, whose brotli at quality 11 took about 50 s of the 70 s publish
/// on a 2-core machine, which put README's first command over its 3 minutes. The 42 MB of runtime,
/// in parallel on 2 idle cores: quality 11, 11.9 MB in 48 s; 10, 12.4 MB in 28 s; 9, 13.2 MB in 11
/// s; gzip, 15.0 MB in 1 s. The page downloads about 88 % of it (quality 9: about 11.7 MB).
/// </summary>
public static class Precompressed
{
    /// <summary>Brotli quality (0–11) and window (log2 of its bytes, 10–24).</summary>
    private const int Quality = 9, Window = 22;

    /// <summary>Writes (or rewrites) the .br and .gz of every file under
    /// <paramref name="folder"/>.</summary>
    public static void Write(string folder)
    {
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(file => !file.EndsWith(".br", StringComparison.Ordinal)
                && !file.EndsWith(".gz", StringComparison.Ordinal))
            // the largest first, so no core waits on one at the end
            .OrderByDescending(file => new FileInfo(file).Length)
            .ToList();
        Parallel.ForEach(files, file =>
        {
            var bytes = File.ReadAllBytes(file);
            File.WriteAllBytes(file + ".br", Brotli(bytes));
            File.WriteAllBytes(file + ".gz", Gzip(bytes));
        });
    }

    private static byte[] Brotli(byte[] bytes)
    {
        var output = new byte[BrotliEncoder.GetMaxCompressedLength(bytes.Length)];
        if (!BrotliEncoder.TryCompress(bytes, output, out var written, Quality, Window))
            throw new InvalidOperationException(
                "brotli could not compress a file of the browser runtime");
        return output[..written];
    }

    private static byte[] Gzip(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
            gzip.Write(bytes);
        return output.ToArray();
    }
}
