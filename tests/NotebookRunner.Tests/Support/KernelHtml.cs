using System.Text.Json.Nodes;

namespace NotebookRunner.Tests.Support;

public static class KernelHtml
{
    /// <summary>The kernel formats a value as HTML: its plain text in a pre, followed by the kernel's stylesheet.</summary>
    public static void AssertPlain(string plain, JsonNode? html) =>
        Assert.StartsWith($"<div class=\"dni-plaintext\"><pre>{plain}</pre></div><style>", Nbrun.Text(html));
}
