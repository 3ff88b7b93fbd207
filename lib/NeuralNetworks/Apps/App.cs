using NeuralNetworks.Charts;
using NeuralNetworks.Languages;

namespace NeuralNetworks.Apps;

/// <summary>
/// What a notebook shows, in a file-based app (apps/*.cs, generated from the notebooks by <c>nbrun
/// convert</c>). A cell's text output goes to the console under a header naming the cell; its
/// charts and HTML go to one page per lesson, whose path the app prints at the end. The apps call
/// it through <c>using static NeuralNetworks.Apps.App;</c>, so the kernel's <c>display(…)</c> and
/// <c>HTML(…)</c> read as they do in the notebook; the generated code calls the rest as
/// <c>App.Cell(…)</c>, which no notebook's own function can hide.
/// </summary>
public static class App
{
    private static AppPage? page;

    /// <summary>
    /// Starts a lesson's app: works in the folder the notebook's relative paths are read from
    /// (so "../data/iris.csv" is found as the notebook finds it), and reads <c>--offline</c> (the
    /// chart page then carries plotly.js instead of loading it from the CDN). That folder is the
    /// app's own, or <paramref name="workIn"/> from it: a Japanese app in apps/ja/ passes "..",
    /// the English app's folder, which stands where the notebooks' folder does. The chart page
    /// goes beside the app, in charts/.
    /// </summary>
    public static void Start(string title, string[] args, string workIn = ".")
    {
        string folder = AppContext.GetData("EntryPointFileDirectoryPath") is string entry
            && Directory.Exists(entry)
            ? entry
            : Directory.GetCurrentDirectory();
        Directory.SetCurrentDirectory(Path.GetFullPath(Path.Combine(folder, workIn)));
        string name = AppContext.GetData("EntryPointFilePath") is string file
            ? Path.GetFileNameWithoutExtension(file)
            : "lesson";
        string pagePath = Path.Combine(folder, "charts", name + ".html");
        page = new AppPage(title, pagePath,
            offline: args.Contains("--offline"));
        // A cell whose names later cells use cannot be skipped: the app stops there, saying so as
        // the kernel would.
        AppDomain.CurrentDomain.UnhandledException += (_, e) =>
        {
            if (e.ExceptionObject is not Exception error) return;
            Error(error);
            Console.WriteLine(StopLine);
            Console.Out.Flush();
        };
    }

    /// <summary>
    /// What an app prints when a cell it cannot skip fails, in the reader's language.
    /// </summary>
    public static string StopLine => Language.Pick(
        "The app stops here: the cells after this one use what it declares. "
            + "Fix it and run again.",
        "アプリはここで止まります。これより後のセルが、このセルで宣言したものを使うからです。"
            + "このセルを直して、もう一度実行してください。");

    /// <summary>Prints the header of notebook cell <paramref name="number"/> (1-based, markdown
    /// cells counted).</summary>
    public static void Cell(int number, string section)
    {
        page?.StartCell(number, section);
        Console.WriteLine(section.Length == 0
            ? $"── cell {number} ──"
            : $"── cell {number} · {section} ──");
    }

    /// <summary>
    /// The kernel's <c>display(value)</c>, which also shows a cell's last value: a chart or HTML
    /// goes to the page, anything else to the console as its text.
    /// </summary>
    public static void display(object? value)
    {
        switch (value)
        {
            case Figure figure:
                int chart = Page.Add(figure);
                // The title as the page shows it: in the reader's language.
                Console.WriteLine(figure.Layout.Title?.Text is { Length: > 0 } title
                    ? $"[chart {chart}: {Language.Words(title)}]"
                    : $"[chart {chart}]");
                break;
            case HtmlContent html:
                Console.WriteLine($"[HTML {Page.Add(html)}]");
                break;
            default:
                Console.WriteLine(value?.ToString() ?? "<null>");
                break;
        }
    }

    /// <summary>The kernel's <c>HTML(text)</c>: HTML that <see cref="display"/> puts on the page as
    /// it is.</summary>
    public static HtmlContent HTML(string html) => new(html);

    /// <summary>
    /// What the kernel prints for an exception a cell throws (the first line of its error), so that
    /// an app goes on to the next cell as a notebook run with errors allowed does.
    /// </summary>
    public static void Error(Exception error) =>
        Console.WriteLine($"Error: {error.GetType().FullName}: {error.Message}");

    /// <summary>Writes the chart page, if a cell drew anything, and prints where it is.</summary>
    public static void End()
    {
        if (page is null || page.IsEmpty) return;
        Console.WriteLine($"charts: {page.Write()}");
    }

    private static AppPage Page => page ??= new AppPage("Charts",
        Path.Combine(Directory.GetCurrentDirectory(), "charts", "charts.html"), offline: false);
}

/// <summary>HTML that the app's page shows as it is (the kernel's HTML(…)).</summary>
public sealed record HtmlContent(string Html)
{
    public override string ToString() => Html;
}
