using System.Text.Json.Nodes;
using NotebookRunner.Reports;

namespace NotebookRunner.Tests.Reports;

/// <summary>
/// JsonText: the instructor's JSON keeps every character a submission put in a message (read back, the message is the
/// same), while the file's text holds none that a terminal or an editor acts on (bidi controls included, which
/// System.Text.Json leaves as they are).
/// </summary>
public sealed class JsonTextTests
{
    [Theory]
    [MemberData(nameof(Payloads.All), MemberType = typeof(Payloads))]
    public void The_data_is_kept_and_the_text_is_safe(string payload)
    {
        var json = JsonText.Escape(new JsonObject { ["message"] = payload, ["n"] = 1 }.ToJsonString(new()
        {
            WriteIndented = true,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping
        }));
        Assert.DoesNotContain(json.Replace("\n", "", StringComparison.Ordinal), ConsoleText.IsUnsafe);
        Assert.Equal(payload, (string?)JsonNode.Parse(json)!["message"]);
    }

    [Fact]
    public void A_bidi_override_is_written_as_its_escape()
    {
        Assert.Equal("{\"m\":\"a\\u202Eb\\u2066c\"}", JsonText.Escape("{\"m\":\"a\u202eb\u2066c\"}"));
        Assert.Equal("{\"m\":\"σ ✓\"}", JsonText.Escape("{\"m\":\"σ ✓\"}"));
    }
}
