using System.Collections;

namespace FixtureLibrary;

/// <summary>The kernel's convention, declared locally: the runner finds it by name.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct)]
public sealed class TypeFormatterSourceAttribute(Type formatterSourceType) : Attribute
{
    public Type FormatterSourceType { get; } = formatterSourceType;

    public string[]? PreferredMimeTypes { get; set; }
}

/// <summary>A value that formats itself as text/html and text/plain.</summary>
[TypeFormatterSource(typeof(BadgeFormatterSource), PreferredMimeTypes = ["text/html"])]
public sealed record Badge(string Label)
{
    public string Greeting => FixtureHelper.Greeting.For(Label);
}

public sealed class BadgeFormatterSource
{
    public IEnumerable CreateTypeFormatters() =>
        new object[] { new BadgeFormatter("text/html", b => $"<span class=\"badge\">{b.Label}</span>"), new BadgeFormatter("text/plain", b => $"Badge({b.Label})") };
}

public sealed class BadgeFormatter(string mimeType, Func<Badge, string> format)
{
    public string MimeType { get; } = mimeType;

    public Type Type => typeof(Badge);

    public bool Format(object value, TextWriter writer)
    {
        writer.Write(format((Badge)value));
        return true;
    }
}
