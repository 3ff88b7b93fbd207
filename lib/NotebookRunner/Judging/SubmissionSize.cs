using System.Globalization;
using System.Text;
using System.Text.Json;
using NotebookRunner.Notebooks;

namespace NotebookRunner.Judging;

/// <summary>
/// How much of a submission the grader reads, so that its own memory is bounded whatever the file
/// holds. The notebook is read without its outputs (stripped on the raw bytes, so a student who
/// printed a lot and saved keeps their points), and what is left may take
/// <see cref="MaxBytesWithoutOutputs"/> and hold <see cref="MaxJsonValues"/> JSON values: reading
/// it costs about 15 bytes a byte, and each value becomes an object of about 90 bytes (an 18 MB
/// notebook of empty lists took the grader to 745 MB). Code is read by Roslyn at about 160 bytes a
/// character (a 15 MB cell took the grader to 2.4 GB), so a cell over <see cref="MaxCellChars"/>,
/// and the cells past <see cref="MaxCodeChars"/> in all, do not run, each with a problem that says
/// so. The course's largest homework holds 9,087 characters of code, its largest cell 1,678.
/// </summary>
public static class SubmissionSize
{
    public const int MaxBytesWithoutOutputs = 2 << 20;
    public const int MaxJsonValues = 200_000;
    public const int MaxCellChars = 64 << 10;
    public const int MaxCodeChars = 256 << 10;

    /// <summary>The notebook at <paramref name="path"/> (at most <paramref name="maxBytes"/> long)
    /// without its outputs; a NotebookException says why not.</summary>
    public static Notebook Read(string path, long maxBytes, string language = Edition.English)
    {
        var full = NotebookReader.Checked(path, maxBytes);
        if (full.EndsWith(".dib", StringComparison.OrdinalIgnoreCase))
            return NotebookReader.FromText(full, File.ReadAllText(full));
        var bytes = OutputStripper.Strip(File.ReadAllBytes(full), Path.GetFileName(full)).Bytes;
        if (bytes.Length > MaxBytesWithoutOutputs)
            throw new NotebookException(Say.In(language,
                $"{Path.GetFileName(full)} holds {N(bytes.Length)} bytes besides its outputs, " +
                $"more than the grader reads ({N(MaxBytesWithoutOutputs)}): remove pasted images " +
                "or long text and hand it in again.",
                $"{Path.GetFileName(full)} は出力のほかに{N(bytes.Length)}バイトあり、採点プログラムが読む量（" +
                $"{N(MaxBytesWithoutOutputs)}バイト）を超えています。貼り付けた画像や長いテキストを取り除いて、もう一度提出してください。"));
        if (CountValues(bytes) > MaxJsonValues)
            throw new NotebookException(Say.In(language,
                $"{Path.GetFileName(full)} holds more than {N(MaxJsonValues)} JSON values " +
                "besides its outputs, more than the grader reads: re-save it from the editor.",
                $"{Path.GetFileName(full)} は出力のほかに{N(MaxJsonValues)}個を超える JSON の値を含み、" +
                "採点プログラムが読む量を超えています。エディターで保存し直してください。"));
        return NotebookReader.FromText(full, new UTF8Encoding(false).GetString(bytes)
            .TrimStart('\uFEFF'));
    }

    /// <summary>The cells that run: those within the caps on code. Each cell left out adds a
    /// problem saying why.</summary>
    public static List<NotebookCell> Within(IEnumerable<NotebookCell> cells,
        List<CellProblem> problems, string language = Edition.English)
    {
        var kept = new List<NotebookCell>();
        var total = 0L;
        foreach (var cell in cells)
        {
            var size = cell.Source.Length;
            if (size > MaxCellChars)
                problems.Add(new CellProblem(cell.Number, Say.In(language,
                    $"cell {cell.Number} holds {N(size)} characters of code, more than the " +
                    $"grader reads in one cell ({N(MaxCellChars)}), so it did not run.",
                    $"セル{cell.Number}のコードは{N(size)}文字あり、採点プログラムが1つのセルで読む量（{N(MaxCellChars)}文字）" +
                    "を超えているため、実行しませんでした。")));
            else if (total + size > MaxCodeChars)
                problems.Add(new CellProblem(cell.Number, Say.In(language,
                    $"cell {cell.Number} goes past the {N(MaxCodeChars)} characters of code the " +
                    "grader reads in a submission, so it did not run.",
                    $"セル{cell.Number}で、採点プログラムが1つの提出物で読むコードの量（{N(MaxCodeChars)}文字）を超えたため、" +
                    "このセルは実行しませんでした。")));
            else
            {
                kept.Add(cell);
                total += size;
            }
        }
        return kept;
    }

    /// <summary>JSON values, up to one past the cap (the stripper has already checked that the
    /// bytes are JSON).</summary>
    private static int CountValues(byte[] bytes)
    {
        var reader = new Utf8JsonReader(
            bytes.AsSpan(bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? 3 : 0),
            new JsonReaderOptions { MaxDepth = 1024, AllowTrailingCommas = true });
        var count = 0;
        while (count <= MaxJsonValues && reader.Read())
            if (reader.TokenType is not (JsonTokenType.PropertyName or JsonTokenType.EndObject
                or JsonTokenType.EndArray)) count++;
        return count;
    }

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
