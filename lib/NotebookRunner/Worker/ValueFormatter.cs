using System.Collections;
using System.Globalization;

namespace NotebookRunner.Worker;

/// <summary>
/// Turns a value into mime type → text, following the kernel: null is "&lt;null&gt;", strings are text/plain,
/// HTML(...) is text/html, a type with a TypeFormatterSourceAttribute uses its own formatters, a sequence of
/// simple values prints as "[ 1, 2, 3 ]", anything else is ToString() in the invariant culture.
/// </summary>
public static class ValueFormatter
{
    private const int MaxListItems = 20;
    private const string Plain = "text/plain";

    public static IReadOnlyDictionary<string, string> Format(object? value, IReadOnlyList<string>? mimeTypes = null)
    {
        var all = FormatAll(value);
        if (mimeTypes is not { Count: > 0 }) return all;
        var wanted = all.Where(p => mimeTypes.Contains(p.Key)).ToDictionary(p => p.Key, p => p.Value);
        return wanted.Count > 0 ? wanted : all;
    }

    private static IReadOnlyDictionary<string, string> FormatAll(object? value) => value switch
    {
        null => Text("<null>"),
        string s => Text(s),
        HtmlString html => new Dictionary<string, string> { ["text/html"] = html.Html },
        _ => ConventionFormatters.TryFormat(value) ?? Text(PlainText(value)),
    };

    private static Dictionary<string, string> Text(string text) => new() { [Plain] = text };

    private static string PlainText(object value) =>
        value is IEnumerable sequence && IsSimpleSequence(value.GetType()) ? List(sequence) : Simple(value);

    private static string List(IEnumerable sequence)
    {
        var items = sequence.Cast<object?>().Take(MaxListItems + 1).Select(Simple).ToList();
        var more = items.Count > MaxListItems ? ", ..." : "";
        return "[ " + string.Join(", ", items.Take(MaxListItems)) + more + " ]";
    }

    private static string Simple(object? value) => value is null ? "<null>" : Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";

    private static bool IsSimpleSequence(Type type)
    {
        var element = type.IsArray
            ? type.GetElementType()
            : type.GetInterfaces().Append(type)
                .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];
        return element is not null && IsSimple(Nullable.GetUnderlyingType(element) ?? element);
    }

    private static bool IsSimple(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal)
        || type == typeof(DateTime) || type == typeof(DateTimeOffset) || type == typeof(TimeSpan) || type == typeof(Guid);
}
