namespace NeuralNetworks.Charts;

/// <summary>
/// Names the class that makes a type's notebook formatters, by the convention .NET Interactive
/// (the kernel of Polyglot Notebooks, of the kit's runner and of its Jupyter path) follows,
/// so the library needs no reference to any notebook package:
/// <list type="bullet">
/// <item>the host looks for an attribute on the value's type whose class is named
///   exactly <c>TypeFormatterSourceAttribute</c> (any namespace), and reads its public
///   <c>Type FormatterSourceType</c> and optional <c>string[] PreferredMimeTypes</c>;</item>
/// <item>it creates that source type with its public parameterless constructor and calls
///   <c>public IEnumerable CreateTypeFormatters()</c>;</item>
/// <item>each returned object has a public <c>string MimeType</c>, optionally a <c>Type Type</c>
///   (what it formats), and <c>bool Format(object value, TextWriter writer)</c>, which writes the
///   value and returns true when it did;</item>
/// <item>the host picks the formatter whose MimeType it wants, the preferred ones first.</item>
/// </list>
/// Only the names matter: the host matches them by reflection, so this class must
/// keep them exactly.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class TypeFormatterSourceAttribute(Type formatterSourceType) : Attribute
{
    public Type FormatterSourceType { get; } = formatterSourceType;

    /// <summary>The MIME types the host should show first, e.g. ["text/html"].</summary>
    public string[] PreferredMimeTypes { get; set; } = [];
}
