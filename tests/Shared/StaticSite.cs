using System.Net;
using System.Net.Sockets;

namespace CourseKit.Testing;

/// <summary>
/// A folder served over HTTP on 127.0.0.1, as a static host serves the exported site: the browser runtime needs HTTP
/// (a Web Worker and WebAssembly do not load from file://). Serves file.br or file.gz in place of file when the
/// browser accepts that encoding, as a host that keeps precompressed files does; counts the bytes it sent.
/// </summary>
public sealed class StaticSite : IDisposable
{
    private static readonly Dictionary<string, string> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8", [".js"] = "text/javascript", [".mjs"] = "text/javascript",
        [".css"] = "text/css", [".json"] = "application/json", [".wasm"] = "application/wasm",
        [".svg"] = "image/svg+xml", [".png"] = "image/png", [".woff2"] = "font/woff2", [".woff"] = "font/woff",
        [".dat"] = "application/octet-stream",
    };

    private readonly HttpListener listener = new();
    private readonly string root;
    private long sent;

    public StaticSite(string folder)
    {
        root = Path.GetFullPath(folder);
        var port = FreePort();
        Url = $"http://127.0.0.1:{port}/";
        listener.Prefixes.Add(Url);
        listener.Start();
        _ = Task.Run(ServeAsync);
    }

    public string Url { get; }

    /// <summary>Response bytes sent so far (compressed where the browser took a compressed file).</summary>
    public long BytesSent => Interlocked.Read(ref sent);

    public void Dispose() => listener.Close();

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private async Task ServeAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception error) when (error is HttpListenerException or ObjectDisposedException)
            {
                return;
            }
            _ = Task.Run(() => Answer(context));
        }
    }

    private void Answer(HttpListenerContext context)
    {
        using var response = context.Response;
        try
        {
            var relative = Uri.UnescapeDataString(context.Request.Url!.AbsolutePath.TrimStart('/'));
            var path = Path.GetFullPath(Path.Combine(root, relative.Length == 0 ? "index.html" : relative));
            if (!path.StartsWith(root, StringComparison.Ordinal) || !File.Exists(path))
            {
                response.StatusCode = 404;
                return;
            }
            response.ContentType = Types.GetValueOrDefault(Path.GetExtension(path), "application/octet-stream");
            // The runtime's files carry a hash in their names: cacheable for good, as a static host would serve them,
            // so a second page starts from the browser's cache (and its compiled WebAssembly).
            if (relative.Contains("/_framework/", StringComparison.Ordinal))
                response.AddHeader("Cache-Control", "public, max-age=31536000, immutable");
            var accepted = context.Request.Headers["Accept-Encoding"] ?? "";
            foreach (var (encoding, suffix) in new[] { ("br", ".br"), ("gzip", ".gz") })
            {
                if (accepted.Contains(encoding, StringComparison.Ordinal) && File.Exists(path + suffix))
                {
                    response.AddHeader("Content-Encoding", encoding);
                    path += suffix;
                    break;
                }
            }
            var bytes = File.ReadAllBytes(path);
            response.ContentLength64 = bytes.Length;
            response.OutputStream.Write(bytes);
            Interlocked.Add(ref sent, bytes.Length);
        }
        catch (Exception error) when (error is IOException or HttpListenerException)
        {
            response.StatusCode = 500;
        }
    }
}
