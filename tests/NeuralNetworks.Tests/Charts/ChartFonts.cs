using CourseKit.Testing;
using Microsoft.Playwright;

namespace NeuralNetworks.Tests.Charts;

/// <summary>
/// The fonts a layout test measures, pinned by file, never whatever the machine's fontconfig picks: plotly draws in
/// "Open Sans" first, so a test page declares that family from a file of its choice. "open-sans" is what the exported site
/// ships (@fontsource/open-sans, package.json); "dejavu-sans" stands in for the wide fallbacks a notebook gets where Open
/// Sans is missing (Verdana, DejaVu Sans: the same letter widths), from Debian's fonts-dejavu-core that scripts/setup.sh installs.
/// </summary>
internal static class ChartFonts
{
    public static readonly string[] Names = ["open-sans", "dejavu-sans"];

    private const string DejaVuSans = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

    /// <summary>The &lt;head&gt; markup that declares "Open Sans" from the pinned file.</summary>
    public static string Head(string font) => font switch
    {
        "open-sans" => $"<link rel=\"stylesheet\" href=\"{BrowserPage.FileUrl(Path.Combine(NodeAssets.Require(), "@fontsource", "open-sans", "400.css"))}\">",
        "dejavu-sans" when File.Exists(DejaVuSans) =>
            $"<style>@font-face {{ font-family: \"Open Sans\"; src: url(\"{BrowserPage.FileUrl(DejaVuSans)}\"); }}</style>",
        "dejavu-sans" => throw new InvalidOperationException($"{DejaVuSans} is missing: install it with `sudo apt-get install fonts-dejavu-core` (scripts/setup.sh does)."),
        _ => throw new ArgumentException($"Unknown font '{font}': use one of {string.Join(", ", Names)}.", nameof(font)),
    };

    /// <summary>
    /// The families of the "Open Sans" faces the page has loaded, so a test can assert that what it measured was drawn in
    /// the pinned font (a face that failed to load would leave plotly on its fallbacks).
    /// </summary>
    public static async Task<int> LoadedFacesAsync(IPage page, string text) => await page.EvaluateAsync<int>(
        """
        async text => { await document.fonts.ready;
          const faces = [...document.fonts].filter(f => f.family.replace(/["']/g, "") === "Open Sans" && f.status === "loaded");
          return document.fonts.check('12px "Open Sans"', text) ? faces.length : -faces.length; }
        """, text);
}
