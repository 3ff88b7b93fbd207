using System.IO.Compression;
using NotebookRunner.Export;

namespace NotebookRunner.Tests.Export;

public sealed class PrecompressedTests
{
    [Fact]
    public void Each_file_gets_a_brotli_and_a_gzip_copy_that_decode_to_its_bytes()
    {
        var folder = Directory.CreateTempSubdirectory("precompressed-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(folder, "_framework"));
            var wasm = Path.Combine(folder, "_framework", "Library.abc123.wasm");
            var script = Path.Combine(folder, "worker.js");
            var random = new Random(7);
            var bytes = new byte[200_000];
            random.NextBytes(bytes.AsSpan(0, 50_000)); // part noise, part a repeated pattern, as assemblies are
            for (var i = 50_000; i < bytes.Length; i++) bytes[i] = (byte)(i % 97);
            File.WriteAllBytes(wasm, bytes);
            File.WriteAllText(script, "self.onmessage = event => postMessage(event.data);\n");
            File.WriteAllText(script + ".br", "left by an older export"); // rewritten, not kept

            Precompressed.Write(folder);

            foreach (var file in new[] { wasm, script })
            {
                var original = File.ReadAllBytes(file);
                Assert.Equal(original, Decode(new BrotliStream(File.OpenRead(file + ".br"), CompressionMode.Decompress)));
                Assert.Equal(original, Decode(new GZipStream(File.OpenRead(file + ".gz"), CompressionMode.Decompress)));
            }
            Assert.True(new FileInfo(wasm + ".br").Length < bytes.Length * 0.4);
            Assert.False(File.Exists(wasm + ".br.br"));
            Assert.Equal(6, Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Length);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static byte[] Decode(Stream stream)
    {
        using (stream)
        using (var bytes = new MemoryStream())
        {
            stream.CopyTo(bytes);
            return bytes.ToArray();
        }
    }
}
