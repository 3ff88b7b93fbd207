using Microsoft.Playwright;

namespace CourseKit.Testing;

/// <summary>
/// How every browser test here starts Chromium: Debian's /usr/bin/chromium driven by Playwright through ExecutablePath
/// (Playwright never downloads a browser), headless as root, without the background networking that this machine's closed
/// network refuses, and with SwiftShader allowed so WebGL (3-D plots) still works. Compiled into both test projects.
/// </summary>
public static class HeadlessChromium
{
    public const string Executable = "/usr/bin/chromium";

    public static readonly string[] Flags =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--enable-unsafe-swiftshader",
    ];

    /// <summary>
    /// Starts Playwright with its browser download switched off, after checking what every browser test needs: Chromium
    /// at <see cref="Executable"/> and the pinned web assets in node_modules (<see cref="NodeAssets.Require"/>). Either
    /// missing fails here at once, with the command that installs it.
    /// </summary>
    public static Task<IPlaywright> StartPlaywrightAsync()
    {
        if (!File.Exists(Executable))
            throw new InvalidOperationException($"{Executable} is missing: the browser tests drive Debian's Chromium. Install it with `sudo apt-get install chromium`.");
        NodeAssets.Require();
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        return Playwright.CreateAsync();
    }

    /// <summary>Launch options for a browser with a fresh temporary profile.</summary>
    public static BrowserTypeLaunchOptions LaunchOptions() => new() { ExecutablePath = Executable, Headless = true, Args = Flags };

    /// <summary>How long an action or a page load may take before the test fails: it bounds a hang, not a speed. Playwright's
    /// 30 s default was once too short beside the suite's kernels on 2 cores (.ci/run, session 8: loading
    /// 01-perceptron.html with its charts, "waiting until load").</summary>
    public const float PatienceMilliseconds = 120_000;

    /// <summary>A browser context in a profile folder of the test's own, a page at a time of width × height, waiting
    /// up to <see cref="PatienceMilliseconds"/> for each action and page load.</summary>
    public static async Task<IBrowserContext> LaunchContextAsync(IPlaywright playwright, string profile, int width, int height)
    {
        var context = await playwright.Chromium.LaunchPersistentContextAsync(profile, PersistentContextOptions(width, height));
        context.SetDefaultTimeout(PatienceMilliseconds);
        context.SetDefaultNavigationTimeout(PatienceMilliseconds);
        return context;
    }

    /// <summary>Launch options for a persistent context in a profile folder of the test's own.</summary>
    private static BrowserTypeLaunchPersistentContextOptions PersistentContextOptions(int width, int height) => new()
    {
        ExecutablePath = Executable, Headless = true, Args = Flags, ViewportSize = new() { Width = width, Height = height },
    };
}
