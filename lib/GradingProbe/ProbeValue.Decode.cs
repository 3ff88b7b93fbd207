using System.Globalization;
using System.Text.Json.Nodes;
using MathNet.Numerics.LinearAlgebra;
using NeuralNetworks.Data;

namespace GradingProbe;

public static partial class ProbeValue
{
    /// <summary>
    /// The value back from its JSON: double, long, bool, string, Vector, Matrix, object?[] (tuple),
    /// List (list), Dataset, Network, <see cref="OtherValue"/> or null. Anything that is not a
    /// value of this shape is an <see cref="InvalidDataException"/> saying what was wrong, never
    /// another exception: the JSON may come from a student's process.
    /// </summary>
    public static object? Decode(JsonNode? node)
    {
        var json = node as JsonObject ?? throw Malformed("a value that is not an object");
        return (string?)Text(json["kind"]) switch
        {
            "null" => null,
            "number" => DecodeNumber(json["value"]),
            "integer" => json["value"] is JsonValue v && v.TryGetValue(out long n) ? n
                : throw Malformed("an integer that is not one"),
            "bool" => json["value"] is JsonValue b && b.TryGetValue(out bool flag) ? flag
                : throw Malformed("a bool that is not one"),
            "text" => Text(json["value"]) ?? throw Malformed("text that is not a string"),
            "vector" => Vector<double>.Build.DenseOfArray(NumbersOf(json["value"])),
            "matrix" => DecodeMatrix(json),
            "tuple" => ItemsOf(json["value"]).ToArray(),
            "list" => ItemsOf(json["value"]).ToList(),
            "dataset" => DecodeDataset(json),
            "network" => NetworkRecord.Decode(json),
            "other" => new OtherValue(Text(json["type"]) ?? "?", Text(json["value"]) ?? ""),
            var kind => throw Malformed($"a value of kind '{kind}'"),
        };
    }

    public static Matrix<double> DecodeMatrix(JsonNode? node)
    {
        var json = node as JsonObject ?? throw Malformed("a matrix that is not an object");
        if ((string?)Text(json["kind"]) != "matrix") throw Malformed("a matrix of another kind");
        if (json["rows"] is not JsonValue r || !r.TryGetValue(out int rows)
            || json["columns"] is not JsonValue c || !c.TryGetValue(out int columns)
            || rows < 0 || columns < 0)
            throw Malformed("a matrix without its shape");
        var values = NumbersOf(json["value"]);
        if ((long)rows * columns != values.Length)
            throw Malformed($"a {rows}×{columns} matrix with {values.Length} values");
        return Matrix<double>.Build.Dense(rows, columns, (i, j) => values[i * columns + j]);
    }

    public static InvalidDataException Malformed(string what) =>
        new($"the recorded values hold {what}.");

    private static Dataset DecodeDataset(JsonObject json)
    {
        var features = DecodeMatrix(json["features"]);
        var labels = ItemsOf((json["labels"] as JsonObject)?["value"])
            .Select(l => l is long n ? (int)n : throw Malformed("a label that is not an integer"))
            .ToList();
        var classes = labels.Count == 0 ? 1 : labels.Max() + 1;
        if (labels.Any(l => l < 0) || labels.Count != features.RowCount)
            throw Malformed("a data set whose labels do not fit its rows");
        return new Dataset(features, labels, Enumerable.Range(0, features.ColumnCount)
            .Select(i => $"x{i + 1}").ToList(),
            Enumerable.Range(0, classes).Select(i => $"class {i}").ToList());
    }

    private static double DecodeNumber(JsonNode? node) => node switch
    {
        JsonValue v when v.TryGetValue(out double d) => d,
        JsonValue v when v.TryGetValue(out string? s)
        && double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var special) =>
            special,
        _ => throw Malformed("a number that is not one"),
    };

    private static double[] NumbersOf(JsonNode? node) =>
        (node as JsonArray ?? throw Malformed("numbers that are not a list")).Select(DecodeNumber)
            .ToArray();

    private static IEnumerable<object?> ItemsOf(JsonNode? node) =>
        (node as JsonArray ?? throw Malformed("items that are not a list")).Select(Decode);

    private static string? Text(JsonNode? node) =>
        node is JsonValue v && v.TryGetValue(out string? s) ? s : null;
}

/// <summary>A value of a type the recorder does not know: its type name and its
/// ToString().</summary>
public sealed record OtherValue(string Type, string Text)
{
    public override string ToString() => Text;
}
