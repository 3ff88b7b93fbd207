using CourseKit.Testing;
using Microsoft.Playwright;

namespace NeuralNetworks.Tests.Charts;

/// <summary>
/// One headless /usr/bin/chromium for the browser tests, driven by Playwright. Playwright never downloads a browser here:
/// the executable is given and PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD is set; it starts chromium with a fresh temporary profile.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = null!;

    public static string Artifacts { get; } = Directory.CreateDirectory(
        Path.Combine(RepositoryRoot.Path, "tests", "NeuralNetworks.Tests", "artifacts", "charts")).FullName;

    public async Task InitializeAsync()
    {
        playwright = await HeadlessChromium.StartPlaywrightAsync();
        Browser = await playwright.Chromium.LaunchAsync(HeadlessChromium.LaunchOptions());
    }

    public async Task DisposeAsync()
    {
        await Browser.CloseAsync();
        playwright?.Dispose();
    }
}
