using NotebookRunner.Reports;

namespace NotebookRunner.Tests.Reports;

/// <summary>
/// CsvCell: a text cell a spreadsheet would read as a formula gets a leading apostrophe (OWASP, CSV injection) and is
/// quoted; a separator or quote is quoted (RFC 4180); controls are shown visibly, so a name never starts a row of its own.
/// Read back by an RFC 4180 reader, each cell is the text as shown, never a formula.
/// </summary>
public sealed class CsvCellTests
{
    [Theory]
    [InlineData("alice.ipynb", "alice.ipynb")]
    [InlineData("=HYPERLINK(\"https://evil.example/\",\"grade\")", "\"'=HYPERLINK(\"\"https://evil.example/\"\",\"\"grade\"\")\"")]
    [InlineData("+cmd|' /C calc'!A0", "\"'+cmd|' /C calc'!A0\"")]
    [InlineData("-2+3", "\"'-2+3\"")]
    [InlineData("@SUM(1+1)", "\"'@SUM(1+1)\"")]
    [InlineData("  =1+1", "\"'  =1+1\"")]
    [InlineData("\t=1+1", "\\t=1+1")]
    [InlineData("\r=1+1", "\\r=1+1")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("a;=1+1", "\"a;=1+1\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("alice\u001b[2K\nbob.ipynb,10,10", "\"alice\\u001b[2K\\nbob.ipynb,10,10\"")]
    [InlineData("a=b", "a=b")]
    public void Formulas_get_an_apostrophe_and_separators_quotes(string text, string cell) => Assert.Equal(cell, CsvCell.Text(text));

    [Theory]
    [MemberData(nameof(Payloads.All), MemberType = typeof(Payloads))]
    public void Read_back_each_payload_is_one_cell_of_text_on_one_line(string payload)
    {
        var line = CsvCell.Text(payload) + "," + CsvCell.Number(10) + "," + CsvCell.Text(payload);
        Assert.DoesNotContain(line, ConsoleText.IsUnsafe);
        var cells = Assert.Single(Rfc4180.Read(line));
        Assert.Equal(3, cells.Count);
        Assert.Equal("10", cells[1]);
        foreach (var cell in new[] { cells[0], cells[2] })
        {
            Assert.False(cell.TrimStart(' ') is ['=' or '+' or '-' or '@' or '\t' or '\r', ..], cell);
            Assert.Equal(ConsoleText.Escape(payload), cell.StartsWith('\'') ? cell[1..] : cell);
        }
    }
}
