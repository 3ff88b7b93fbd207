using System.Globalization;
using MathNet.Numerics.LinearAlgebra;

namespace NeuralNetworks.Data;

public sealed partial record Dataset
{
    /// <summary>
    /// Reads a data set from a CSV file: a header row of feature names then <c>label</c>,
    /// and one example per line with its numeric features and, last, its class. Text labels
    /// (<c>setosa</c>) become classes in order of first appearance; numeric labels (<c>3</c>) are
    /// sorted numerically. Numbers use the invariant culture (a dot for decimals).
    /// </summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="FormatException">A line has the wrong number of columns, a feature is not a
    /// number, or the file is empty.</exception>
    public static Dataset LoadCsv(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
            throw new FileNotFoundException(
                $"No CSV file at '{path}': check the path " +
                $"(relative paths start at {Environment.CurrentDirectory}).", path);
        string[] lines = File.ReadAllLines(path);
        if (lines.Length == 0 || lines[0].Trim().Length == 0)
            throw new FormatException(
                $"{path}, line 1: the file is empty; " +
                "expected a header row of feature names then 'label'.");
        string[] header = lines[0].Split(',');
        if (header.Length < 2)
            throw new FormatException(
                $"{path}, line 1: the header has {header.Length} column; " +
                "expected at least one feature name then 'label'.");

        var rows = new List<double[]>();
        var labelTexts = new List<string>();
        for (int i = 1; i < lines.Length; i++)
        {
            if (lines[i].Length == 0) continue;
            string[] cells = lines[i].Split(',');
            if (cells.Length != header.Length)
                throw new FormatException(
                    $"{path}, line {i + 1}: {cells.Length} columns " +
                    $"but the header has {header.Length}.");
            rows.Add(ParseFeatures(cells, header, path, i + 1));
            labelTexts.Add(cells[^1].Trim());
        }
        if (rows.Count == 0)
            throw new FormatException($"{path}: the file has a header but no data rows.");

        List<string> classNames = ClassNamesOf(labelTexts);
        Matrix<double> X = Matrix<double>.Build.DenseOfRowArrays(rows);
        int[] labels = labelTexts.Select(t => classNames.IndexOf(t)).ToArray();
        return new Dataset(X, labels, header[..^1].Select(h => h.Trim()).ToArray(), classNames);
    }

    private static double[] ParseFeatures(string[] cells, string[] header, string path, int line)
    {
        var x = new double[cells.Length - 1];
        for (int j = 0; j < x.Length; j++)
            if (!TryParseNumber(cells[j], out x[j]))
                throw new FormatException(
                    $"{path}, line {line}: '{cells[j]}' in column {j + 1} ({header[j].Trim()}) " +
                    "is not a number.");
        return x;
    }

    private static bool TryParseNumber(string text, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);

    /// <summary>
    /// All-numeric labels sorted by value; otherwise in order of first appearance.
    /// </summary>
    private static List<string> ClassNamesOf(List<string> labelTexts)
    {
        List<string> distinct = labelTexts.Distinct().ToList();
        bool numeric = distinct.All(t => TryParseNumber(t, out _));
        return numeric
            ? distinct
                .OrderBy(t => double.Parse(t, NumberStyles.Float, CultureInfo.InvariantCulture))
                .ToList()
            : distinct;
    }
}
