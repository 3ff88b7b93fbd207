namespace NotebookRunner.Tests.Reports;

/// <summary>Reads CSV as RFC 4180 says (what a spreadsheet does before it decides what a cell is): records, fields, "" in quotes.</summary>
public static class Rfc4180
{
    public static List<List<string>> Read(string csv)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var cell = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted && c == '"' && i + 1 < csv.Length && csv[i + 1] == '"') { cell.Append('"'); i++; }
            else if (c == '"') quoted = !quoted;
            else if (c == ',' && !quoted) { record.Add(cell.ToString()); cell.Clear(); }
            else if (c is '\n' or '\r' && !quoted)
            {
                if (c == '\r' && i + 1 < csv.Length && csv[i + 1] == '\n') i++;
                record.Add(cell.ToString());
                cell.Clear();
                records.Add(record);
                record = [];
            }
            else cell.Append(c);
        }
        Assert.False(quoted, "an unclosed quote");
        if (cell.Length > 0 || record.Count > 0) { record.Add(cell.ToString()); records.Add(record); }
        return records;
    }
}
