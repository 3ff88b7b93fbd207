using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;

namespace NotebookRunner.Worker;

/// <summary>
/// The kernel's convention-based formatting, found by name so a library needs no reference to the kernel:
/// a type carries [TypeFormatterSource(typeof(S), PreferredMimeTypes = [...])]; new S().CreateTypeFormatters()
/// yields objects with MimeType, optional Type, and bool Format(object value, TextWriter writer).
/// The preferred mime types are emitted, plus text/plain when a formatter writes it.
/// </summary>
public static class ConventionFormatters
{
    private sealed record Formatter(string MimeType, Type? Type, object Target, MethodInfo FormatMethod);

    private sealed record Source(IReadOnlyList<Formatter> Formatters, IReadOnlyList<string> Preferred);

    private static readonly ConcurrentDictionary<Type, Source?> Sources = new();

    public static IReadOnlyDictionary<string, string>? TryFormat(object value)
    {
        var source = Sources.GetOrAdd(value.GetType(), Find);
        if (source is null) return null;
        var mimes = source.Preferred.Count > 0 ? source.Preferred.Append("text/plain") : source.Formatters.Select(f => f.MimeType);
        var data = new Dictionary<string, string>();
        foreach (var mime in mimes.Distinct())
        {
            var formatter = source.Formatters.FirstOrDefault(f => f.MimeType == mime && (f.Type is null || f.Type.IsInstanceOfType(value)));
            if (formatter is null) continue;
            using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
            if (formatter.FormatMethod.Invoke(formatter.Target, [value, writer]) is true) data[mime] = writer.ToString();
        }
        return data.Count > 0 ? data : null;
    }

    private static Source? Find(Type type)
    {
        var attribute = type.GetCustomAttributes(inherit: true).FirstOrDefault(a => a.GetType().Name == "TypeFormatterSourceAttribute");
        if (attribute?.GetType().GetProperty("FormatterSourceType")?.GetValue(attribute) is not Type sourceType) return null;
        var preferred = attribute.GetType().GetProperty("PreferredMimeTypes")?.GetValue(attribute) as string[] ?? [];
        var instance = Activator.CreateInstance(sourceType)
            ?? throw new InvalidOperationException($"The formatter source {sourceType.FullName} could not be created: give it a public parameterless constructor.");
        var create = sourceType.GetMethod("CreateTypeFormatters", Type.EmptyTypes)
            ?? throw new InvalidOperationException($"The formatter source {sourceType.FullName} has no public CreateTypeFormatters() method.");
        var formatters = ((IEnumerable?)create.Invoke(instance, null) ?? Array.Empty<object>()).Cast<object>().Select(Describe).ToList();
        return new Source(formatters, preferred);
    }

    private static Formatter Describe(object formatter)
    {
        var type = formatter.GetType();
        var mime = type.GetProperty("MimeType")?.GetValue(formatter) as string
            ?? throw new InvalidOperationException($"The formatter {type.FullName} has no MimeType property.");
        var format = type.GetMethod("Format", [typeof(object), typeof(TextWriter)])
            ?? throw new InvalidOperationException($"The formatter {type.FullName} has no Format(object, TextWriter) method.");
        return new Formatter(mime, type.GetProperty("Type")?.GetValue(formatter) as Type, formatter, format);
    }
}
