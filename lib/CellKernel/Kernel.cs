using Microsoft.AspNetCore.Html;

namespace CellKernel;

/// <summary>
/// The kernel functions a cell calls without qualification, as in .NET Interactive, where the C# kernel adds
/// <c>using static Microsoft.DotNet.Interactive.Kernel;</c> to every cell. Only what the course uses:
/// <c>display(value)</c> and <c>HTML(text)</c>.
/// </summary>
public static class Kernel
{
    [ThreadStatic]
    private static List<CellOutput>? current;

    /// <summary>Shows a value under the cell, formatted as the kernel formats it.</summary>
    public static DisplayedValue display(object? value, params string[] mimeTypes)
    {
        current?.Add(CellOutput.Display(ValueFormatting.Format(value, mimeTypes)));
        return new DisplayedValue();
    }

    /// <summary>Text to be shown as HTML, not escaped.</summary>
    public static IHtmlContent HTML(string content) => new HtmlString(content);

    /// <summary>Collects what <see cref="display"/> shows while a cell runs.</summary>
    internal static IDisposable Collect(List<CellOutput> outputs)
    {
        current = outputs;
        return new Restore();
    }

    private sealed class Restore : IDisposable
    {
        public void Dispose() => current = null;
    }
}

/// <summary>What <see cref="Kernel.display"/> returns, so a cell may keep it as in the kernel.</summary>
public sealed class DisplayedValue;
