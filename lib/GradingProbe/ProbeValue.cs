using System.Collections;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using MathNet.Numerics.LinearAlgebra;
using NeuralNetworks.Data;
using NeuralNetworks.Layers;

namespace GradingProbe;

/// <summary>
/// A value a check compares, as JSON with its kind: {"kind":"number","value":0.5} (NaN and ±∞ as
/// text), "integer", "bool", "text", "vector", "matrix" (rows, columns, values row by row), "tuple"
/// and "list" (items), "dataset" (features, labels), "network" (<see cref="NetworkRecord"/>),
/// "null", and "other" (a type name and its ToString) for anything else. Decoding is in
/// ProbeValue.Decode.cs, so both sides of the pipe share one shape.
/// </summary>
public static partial class ProbeValue
{
    public static JsonObject Encode(object? value, ref int numbers)
    {
        switch (value)
        {
            case null: return Kind("null");
            case double or float:
                numbers++; return Kind("number",
                Number(Convert.ToDouble(value, CultureInfo.InvariantCulture)));
            case int or long or short or byte or uint or ushort or sbyte:
                numbers++; return Kind(
                "integer", JsonValue.Create(Convert.ToInt64(value, CultureInfo.InvariantCulture)));
            case bool flag: return Kind("bool", JsonValue.Create(flag));
            case string text: return Kind("text", JsonValue.Create(text));
            case Vector<double> vector:
                numbers += vector.Count; return Kind("vector",
                Numbers(vector));
            case Matrix<double> matrix:
                numbers += matrix.RowCount * matrix.ColumnCount;
                var encoded = Kind("matrix", Numbers(matrix.ToRowMajorArray()));
                encoded["rows"] = matrix.RowCount;
                encoded["columns"] = matrix.ColumnCount;
                return encoded;
            case Dataset data:
                var set = Kind("dataset");
                set["features"] = Encode(data.Features, ref numbers);
                set["labels"] = Encode(data.Labels, ref numbers);
                return set;
            case Network network: return NetworkRecord.Encode(network, ref numbers);
            case ITuple tuple:
                return Kind("tuple",
                Items(Enumerable.Range(0, tuple.Length).Select(i => tuple[i]), ref numbers));
            case IEnumerable items: return Kind("list", Items(items.Cast<object?>(), ref numbers));
            default:
                var other = Kind("other", JsonValue.Create(value.ToString()));
                other["type"] = value.GetType().FullName;
                return other;
        }
    }

    private static JsonArray Items(IEnumerable<object?> items, ref int numbers)
    {
        var array = new JsonArray();
        foreach (var item in items)
        {
            array.Add(Encode(item, ref numbers));
            if (numbers > Recorder.MaxNumbers || array.Count > Recorder.MaxNumbers)
                throw new InvalidOperationException(
                    $"a list this check compares holds more than {Recorder.MaxNumbers} items.");
        }
        return array;
    }

    private static JsonObject Kind(string kind, JsonNode? value = null)
    {
        var json = new JsonObject { ["kind"] = kind };
        if (value is not null) json["value"] = value;
        return json;
    }

    private static JsonNode Number(double value) =>
        double.IsFinite(value) ? JsonValue.Create(value)
            : JsonValue.Create(value.ToString(CultureInfo.InvariantCulture));

    private static JsonArray Numbers(IEnumerable<double> values) =>
        new(values.Select(Number).ToArray());
}
