using Microsoft.DotNet.Interactive.Formatting;

namespace CellKernel;

/// <summary>
/// A value as the kernel shows it: one text per MIME type, chosen and written by
/// <c>Microsoft.DotNet.Interactive.Formatting</c>, the kernel's own formatter, so tables, tree
/// views, plain values and the library's charts (through their <c>TypeFormatterSource</c>) look as
/// they do in the notebook.
/// </summary>
public static class ValueFormatting
{
    public static IReadOnlyDictionary<string, string> Format(object? value,
        params string[] mimeTypes)
    {
        var formatted = FormattedValue.CreateManyFromObject(value, mimeTypes);
        var data = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var one in formatted)
        {
            if (!data.ContainsKey(one.MimeType))
                data[one.MimeType] = one.Value;
        }
        return data;
    }
}
