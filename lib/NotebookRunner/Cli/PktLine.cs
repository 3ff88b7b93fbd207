using System.Globalization;
using System.Text;

namespace NotebookRunner.Cli;

/// <summary>
/// git's pkt-line framing (gitprotocol-common): four hex digits giving the packet's length
/// including themselves, then the data; "0000" is a flush packet that ends a list. Text packets end
/// with "\n". Used by the git filter process.
/// </summary>
public sealed class PktLine(Stream input, Stream output)
{
    /// <summary>The most data one packet carries (65520 bytes less the 4-digit header).</summary>
    public const int MaxData = 65516;

    /// <summary>The next packet's data, or null for a flush; false when the input ended before a
    /// new packet.</summary>
    public bool TryRead(out byte[]? data)
    {
        data = null;
        var header = new byte[4];
        var got = input.ReadAtLeast(header, 4, throwOnEndOfStream: false);
        if (got == 0) return false;
        if (got < 4 || !int.TryParse(Encoding.ASCII.GetString(header),
            NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var length))
            throw new IOException(
                "git sent a malformed pkt-line header " +
                $"'{Encoding.ASCII.GetString(header, 0, got)}'.");
        if (length == 0) return true;
        if (length < 4 || length > MaxData + 4)
            throw new IOException($"git sent a pkt-line of length {length}.");
        data = new byte[length - 4];
        input.ReadExactly(data);
        return true;
    }

    /// <summary>Text packets up to the next flush, each without its trailing "\n"; null when the
    /// input ended first.</summary>
    public List<string>? ReadTextList()
    {
        var lines = new List<string>();
        while (true)
        {
            if (!TryRead(out var data))
                return lines.Count == 0 ? null
                    : throw new EndOfStreamException("git closed the pipe inside a list.");
            if (data is null) return lines;
            lines.Add(Encoding.UTF8.GetString(data).TrimEnd('\n'));
        }
    }

    /// <summary>Binary packets up to the next flush, joined.</summary>
    public byte[] ReadContent()
    {
        using var content = new MemoryStream();
        while (true)
        {
            if (!TryRead(out var data))
                throw new EndOfStreamException("git closed the pipe inside a file's content.");
            if (data is null) return content.ToArray();
            content.Write(data);
        }
    }

    public void WriteText(params string[] lines)
    {
        foreach (var line in lines) WritePacket(Encoding.UTF8.GetBytes(line + "\n"));
        WriteFlush();
    }

    public void WriteContent(byte[] content)
    {
        for (var at = 0; at < content.Length; at += MaxData)
            WritePacket(content.AsSpan(at, Math.Min(MaxData, content.Length - at)));
        WriteFlush();
    }

    public void WriteFlush() => output.Write("0000"u8);

    /// <summary>Sends what was written (the output is buffered).</summary>
    public void Send() => output.Flush();

    private void WritePacket(ReadOnlySpan<byte> data)
    {
        output.Write(Encoding.ASCII.GetBytes((data.Length + 4)
            .ToString("x4", CultureInfo.InvariantCulture)));
        output.Write(data);
    }
}
