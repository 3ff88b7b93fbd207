using Microsoft.Playwright;
using NotebookRunner.Tests.Support;

namespace NotebookRunner.Tests.Browser;

/// <summary>
/// The page's "Run" as a reader uses it, on lesson 01 of the exported course site with no network: an edited cell runs
/// as edited; a compile error shows the compiler's line and column, an exception its type and message; Stop ends an
/// endless loop without freezing the page, says the state is lost, and the next run works; Restart forgets variables.
/// </summary>
[Collection(CourseRunCollection.Name)]
[Trait(Tier.Name, Tier.Full)]
public sealed class BrowserRunnerTests(CourseRun course)
{
    private const string Page = "01-perceptron.html";

    private static async Task<string> RunEditedAsync(IPage tab, int cell, string code)
    {
        await tab.Locator("section.code pre.source code").Nth(cell).FillAsync(code);
        await tab.EvaluateAsync("cell => window.courseRunner.runCell(cell)", cell);
        return await tab.Locator("section.code").Nth(cell).Locator(".output").AllInnerTextsAsync() is var texts ? string.Join("\n", texts) : "";
    }

    [Fact]
    public async Task A_compile_error_and_an_exception_show_as_the_kernel_reports_them()
    {
        await using var session = await BrowserSession.OpenAsync(course.Site);
        var tab = await session.StartAsync(Page);

        var compileError = await RunEditedAsync(tab, 1, "int x = ;");
        var exception = await RunEditedAsync(tab, 1, "var before = 7;\nthrow new InvalidOperationException(\"boom\");");
        var after = await RunEditedAsync(tab, 2, "before * 6");

        Assert.Equal("Error: (1,9): error CS1525: Invalid expression term ';'", compileError);
        Assert.StartsWith("Error: System.InvalidOperationException: boom", exception);
        Assert.Equal("42", after);
        Assert.Matches(@"^failed in [0-9]+\.[0-9]{2} s$", await tab.Locator("section.code").Nth(1).Locator(".runner-state").InnerTextAsync());
        Assert.Matches(@"^done in [0-9]+\.[0-9]{2} s$", await tab.Locator("section.code").Nth(2).Locator(".runner-state").InnerTextAsync());
        Assert.Empty(session.Refused);
    }

    [Fact]
    public async Task Stop_ends_an_endless_loop_and_the_next_run_works()
    {
        await using var session = await BrowserSession.OpenAsync(course.Site);
        var tab = await session.StartAsync(Page);
        await RunEditedAsync(tab, 1, "var kept = 1;");

        await tab.Locator("section.code pre.source code").Nth(2).FillAsync("while (true) { }");
        await tab.EvaluateAsync("() => { window.loopDone = window.courseRunner.runCell(2).then(() => 'done'); }");
        await tab.Locator("section.code.running").WaitForAsync();
        var responsive = await tab.EvaluateAsync<int>("() => new Promise(r => setTimeout(() => r(1 + 1), 500))");
        await tab.Locator(".runner-stop").ClickAsync();
        var loop = await tab.EvaluateAsync<string>("() => window.loopDone");
        var status = await tab.Locator(".runner-status").InnerTextAsync();
        var forgotten = await RunEditedAsync(tab, 3, "kept");
        var next = await RunEditedAsync(tab, 3, "6 * 7");

        Assert.Equal(2, responsive);
        Assert.Equal("done", loop);
        Assert.Contains("Stopped", status);
        Assert.Contains("state was lost", status);
        Assert.Contains("CS0103", forgotten);
        Assert.Equal("42", next);
    }

    [Fact]
    public async Task Restart_forgets_every_variable()
    {
        await using var session = await BrowserSession.OpenAsync(course.Site);
        var tab = await session.StartAsync(Page);
        await RunEditedAsync(tab, 1, "var kept = 1;");

        await tab.Locator(".runner-restart").ClickAsync();
        await tab.Locator(".runner-status", new() { HasText = "Restarted" }).WaitForAsync();
        var forgotten = await RunEditedAsync(tab, 2, "kept");

        Assert.Contains("(1,1): error CS0103: The name 'kept' does not exist in the current context", forgotten);
    }

    /// <summary>
    /// A page of the Japanese edition runs in Japanese: the bar's and the cells' buttons, and, once the first cell has
    /// set the library's language, a check's line and a chart's title.
    /// </summary>
    [Fact]
    public async Task A_Japanese_page_runs_with_Japanese_buttons_checks_and_charts()
    {
        await using var session = await BrowserSession.OpenAsync(course.Site);
        var tab = await session.StartAsync("ja/" + Page);
        await tab.EvaluateAsync("cell => window.courseRunner.runCell(cell)", 0);
        var check = await RunEditedAsync(tab, 1, "SelfCheck.Close(\"U1, the hidden weighted inputs\", 1.0, 2.0);");
        await RunEditedAsync(tab, 2, "Chart.Line([3.0, 2, 1], \"loss\").WithTitle(\"Loss after each epoch\")");
        var title = await tab.Locator("section.code").Nth(2).Locator(".gtitle").TextContentAsync();

        Assert.Equal("すべて実行", await tab.Locator(".runner-all").InnerTextAsync());
        Assert.Equal("▶ 実行", await tab.Locator(".runner-run").First.InnerTextAsync());
        Assert.StartsWith("✗ U1（隠れ層の総入力）", check);
        Assert.Contains("期待値", check);
        Assert.Equal("エポックごとの損失", title);
        Assert.Matches(@"^完了：[0-9]+\.[0-9]{2} 秒$", await tab.Locator("section.code").Nth(2).Locator(".runner-state").InnerTextAsync());
        Assert.Empty(session.Refused);
    }
}
