namespace NotebookRunner.Tests.Reports;

/// <summary>
/// What an attacker put into a check's message, a file name or an output to forge what the instructor or the student reads
/// (issue 26): escape sequences that paint a fake green "Points 10/10" and hide the real lines, live HTML, Markdown that
/// loads remote content, spreadsheet formulas, and reordering bidi controls.
/// </summary>
public static class Payloads
{
    public const string FakePoints = "\u001b[32m✓ all checks passed\nPoints 10/10\u001b[0m";
    public const string HideLines = "\u001b[2K\u001b[1A\u001b[2K\u001b[1A\u001b[2K\r";
    public const string OscLink = "\u001b]8;;https://evil.example/\u0007your grade\u001b]8;;\u0007";
    public const string EightBitCsi = "\u009b2K\u009b1A";
    public const string Bidi = "10/0\u202e01 stnioP\u202c \u2066x\u2069 \u200f";
    public const string Script = "<script>alert(document.cookie)</script>";
    public const string ImgOnError = "<img src=x onerror=alert(1)>";
    public const string MarkdownImage = "![tracker](https://evil.example/pixel.png)";
    public const string MarkdownLink = "[see your grade](https://evil.example/)";
    public const string BareLink = "https://evil.example/x.png www.evil.example mailto:a@evil.example @instructor";
    public const string Hyperlink = "=HYPERLINK(\"https://evil.example/\",\"grade\")";
    public const string Dde = "+cmd|' /C calc'!A0";
    public const string FileName = "alice\u001b[2K\u001b[1A\n=HYPERLINK(\"x\")<img src=x onerror=alert(1)>.ipynb";

    public static TheoryData<string> All() => new(FakePoints, HideLines, OscLink, EightBitCsi, Bidi, Script, ImgOnError, MarkdownImage,
        MarkdownLink, BareLink, Hyperlink, Dde, "-2+3+cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0", "\t=1+1", "\r=1+1", FileName,
        "a | b | c", "**10/10** _ok_ ~~no~~ `code` $\\color{green}{10}$ :white_check_mark: {.x onclick=alert(1)} ^sup^ ++ins++ ==mark==",
        "&lt;script&gt; &#60;b&#62; \\<b\\> \\\\ \\n");
}
