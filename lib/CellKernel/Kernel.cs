using Microsoft.AspNetCore.Html;

namespace CellKernel;

/// <summary>
/// The kernel functions a cell calls without qualification, as in .NET Interactive, where the C#
/// kernel adds <c>using static Microsoft.DotNet.Interactive.Kernel;</c> to every cell. Only what
/// the course uses: <c>display(value)</c> and <c>HTML(text)</c>.
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

    /// <summary>
    /// Registers the frame function of a live view (the site's playground on lesson 11): the page
    /// calls it once per frame with the number of steps to take, and shows the value it returns. In
    /// a notebook nothing calls it back.
    /// </summary>
    public static void animate(Func<int, object?> frame) => Animation = frame;

    /// <summary>The frame function <see cref="animate"/> registered last, if any.</summary>
    internal static Func<int, object?>? Animation { get; set; }

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

/// <summary>What <see cref="Kernel.display"/> returns, so a cell may keep it as in the
/// kernel.</summary>
public sealed class DisplayedValue;
