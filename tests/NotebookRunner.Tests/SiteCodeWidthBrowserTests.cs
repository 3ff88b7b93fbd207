using CourseKit.Testing;
using Microsoft.Playwright;
using NotebookRunner.Tests.Support;

namespace NotebookRunner.Tests;

/// <summary>
/// The lessons keep code lines within 90 characters (CodeLineLengthTests) so that no code box scrolls sideways: checked
/// here where it shows, on every page of the exported site in Chromium at a laptop's width, where the column is at its
/// widest. A code box whose text is wider than the box fails, naming the page and the line.
/// </summary>
[Collection(CourseRunCollection.Name)]
public sealed class SiteCodeWidthBrowserTests(CourseRun course)
{
    [Fact]
    public async Task No_code_box_scrolls_sideways_on_a_laptop_screen()
    {
        using var playwright = await HeadlessChromium.StartPlaywrightAsync();
        await using var browser = await playwright.Chromium.LaunchPersistentContextAsync(Nbrun.TempFolder(), HeadlessChromium.PersistentContextOptions(1280, 900));
        var page = await browser.NewPageAsync();
        var wide = new List<string>();
        var boxes = 0;
        foreach (var file in Directory.EnumerateFiles(course.Site, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            await page.GotoAsync(new Uri(file).AbsoluteUri, new() { WaitUntil = WaitUntilState.Load });
            var found = await page.EvaluateAsync<string[]>("""
                () => [...document.querySelectorAll('pre.source')].map(pre => {
                    // highlight.js makes the code element the one that scrolls; without it, the pre does.
                    const box = [pre, pre.querySelector('code')].find(e => e && e.scrollWidth > e.clientWidth + 1);
                    if (!box) return '';
                    const longest = pre.innerText.split('\n').reduce((a, b) => b.length > a.length ? b : a, '');
                    return `${box.scrollWidth} px in a ${box.clientWidth} px box: ${longest.trim()}`;
                })
                """);
            boxes += found.Length;
            wide.AddRange(found.Where(f => f.Length > 0).Select(f => $"{Path.GetRelativePath(course.Site, file)}: {f}"));
        }
        Assert.True(boxes > 200, $"only {boxes} code boxes found on the site");
        Assert.True(wide.Count == 0, "code wider than its box:\n" + string.Join("\n", wide));
    }
}
