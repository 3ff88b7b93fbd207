using System.Text.Json;
using System.Text.Json.Serialization;

namespace NeuralNetworks.Languages;

/// <summary>
/// Writes the words a reader sees in a chart (a title, an axis title, a legend entry, hover
/// text, a button's label) in the reader's language (<see cref="Language.Words"/>) as the figure
/// is written to JSON. The figure itself keeps the notebook's English words, so the same figure
/// reads in English or Japanese depending on the language when it is shown.
/// </summary>
public sealed class ReaderText : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert,
        JsonSerializerOptions options) => reader.GetString();

    public override void Write(Utf8JsonWriter writer, string value,
        JsonSerializerOptions options) =>
        writer.WriteStringValue(Language.Words(value));
}

/// <summary>
/// <see cref="ReaderText"/> for each of a list's words (a bar's categories, point labels).
/// </summary>
public sealed class ReaderTexts : JsonConverter<IReadOnlyList<string>>
{
    public override IReadOnlyList<string>? Read(ref Utf8JsonReader reader, Type typeToConvert,
        JsonSerializerOptions options) => JsonSerializer.Deserialize<string[]>(ref reader);

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<string> value,
        JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        foreach (string words in value) writer.WriteStringValue(Language.Words(words));
        writer.WriteEndArray();
    }
}
