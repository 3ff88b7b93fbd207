using CourseKit.Testing;
using Microsoft.Playwright;
using NotebookRunner.Tests.Support;

namespace NotebookRunner.Tests;

/// <summary>
/// Every page of the exported site as a reader sees it, in Chromium at a laptop's width (where the column is at its
/// widest), each page loaded once for all the checks here:
/// - no code box scrolls sideways: the lessons keep code lines within 90 characters (CodeLineLengthTests) so that none
///   does; a box whose text is wider than the box fails, naming the page and the line;
/// - every formula is typeset: KaTeX renders a formula it cannot read as a red .katex-error, and TeX that never reached
///   KaTeX (a broken delimiter) stays on the page as a visible \command; either fails, naming the page and the text.
/// </summary>
[Collection(CourseRunCollection.Name)]
[Trait(Tier.Name, Tier.Full)]
public sealed class SitePagesBrowserTests(CourseRun course)
{
    private sealed record Page(string File, string[] CodeBoxes, string[] KatexErrors, string[] RawTex, int Formulas);

    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static IReadOnlyList<Page>? pages;

    private async Task<IReadOnlyList<Page>> PagesAsync()
    {
        await Gate.WaitAsync();
        try
        {
            return pages ??= await ReadAsync(course.Site);
        }
        finally { Gate.Release(); }
    }

    private static async Task<IReadOnlyList<Page>> ReadAsync(string site)
    {
        using var playwright = await HeadlessChromium.StartPlaywrightAsync();
        await using var browser = await HeadlessChromium.LaunchContextAsync(playwright, Nbrun.TempFolder(), 1280, 900);
        var tab = await browser.NewPageAsync();
        var read = new List<Page>();
        foreach (var file in Directory.EnumerateFiles(site, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            await tab.GotoAsync(new Uri(file).AbsoluteUri, new() { WaitUntil = WaitUntilState.Load });
            var boxes = await tab.EvaluateAsync<string[]>("""
                () => [...document.querySelectorAll('pre.source')].map(pre => {
                    // highlight.js makes the code element the one that scrolls; without it, the pre does.
                    const box = [pre, pre.querySelector('code')].find(e => e && e.scrollWidth > e.clientWidth + 1);
                    if (!box) return '';
                    const longest = pre.innerText.split('\n').reduce((a, b) => b.length > a.length ? b : a, '');
                    return `${box.scrollWidth} px in a ${box.clientWidth} px box: ${longest.trim()}`;
                })
                """);
            var errors = await tab.EvaluateAsync<string[]>(
                "() => [...document.querySelectorAll('.katex-error')].map(e => (e.getAttribute('title') || '') + ': ' + e.textContent)");
            var raw = await tab.EvaluateAsync<string[]>("""
                () => { const found = [];
                  const walker = document.createTreeWalker(document.querySelector('main') || document.body, NodeFilter.SHOW_TEXT);
                  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
                    if (n.parentElement.closest('.katex, .katex-error, pre, code, .output, script, style')) continue;
                    const m = n.textContent.match(/\\(frac|text|partial|mathbf|sum|sqrt|cdot|alpha|sigma|left|right|begin)\b.{0,40}/);
                    if (m) found.push(m[0]);
                  }
                  return found; }
                """);
            var formulas = await tab.EvaluateAsync<int>("() => document.querySelectorAll('.katex').length");
            read.Add(new Page(Path.GetRelativePath(site, file), boxes, errors, raw, formulas));
        }
        return read;
    }

    [Fact]
    public async Task No_code_box_scrolls_sideways_on_a_laptop_screen()
    {
        var site = await PagesAsync();
        var boxes = site.Sum(p => p.CodeBoxes.Length);
        var wide = site.SelectMany(p => p.CodeBoxes.Where(f => f.Length > 0).Select(f => $"{p.File}: {f}")).ToList();
        Assert.True(boxes > 200, $"only {boxes} code boxes found on the site");
        Assert.True(wide.Count == 0, "code wider than its box:\n" + string.Join("\n", wide));
    }

    [Fact]
    public async Task Every_formula_on_the_site_is_typeset_without_a_KaTeX_error()
    {
        var site = await PagesAsync();
        Assert.True(site.Sum(p => p.Formulas) > 300, $"only {site.Sum(p => p.Formulas)} typeset formulas found on the site");
        var broken = site.SelectMany(p => p.KatexErrors.Select(e => $"{p.File}: KaTeX error {e}")
            .Concat(p.RawTex.Select(t => $"{p.File}: TeX left untypeset: {t}"))).ToList();
        Assert.True(broken.Count == 0, "formulas a reader sees broken:\n" + string.Join("\n", broken));
    }
}
