using System.Text.Json.Nodes;
using CourseKit.Testing;
using Microsoft.Playwright;
using NotebookRunner.Tests.Support;

namespace NotebookRunner.Tests.Browser;

/// <summary>
/// The exported site served over HTTP on this machine and opened in headless Chromium with every request that leaves the
/// server refused, as a class that serves the site from an intranet or a USB stick with no network would open it. Pages
/// open one at a time; each drives the page's own "Run" (window.courseRunner).
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private readonly StaticSite server;
    private readonly IPlaywright playwright;
    private readonly IBrowserContext browser;

    private BrowserSession(StaticSite server, IPlaywright playwright, IBrowserContext browser)
    {
        (this.server, this.playwright, this.browser) = (server, playwright, browser);
    }

    /// <summary>Requests the page made to anywhere but the site's server (each was refused).</summary>
    public List<string> Refused { get; } = [];

    public long BytesSent => server.BytesSent;

    public static async Task<BrowserSession> OpenAsync(string site)
    {
        var server = new StaticSite(site);
        var playwright = await HeadlessChromium.StartPlaywrightAsync();
        var browser = await HeadlessChromium.LaunchContextAsync(playwright, Nbrun.TempFolder(), 1280, 900);
        var session = new BrowserSession(server, playwright, browser);
        await browser.RouteAsync("**/*", async route =>
        {
            if (route.Request.Url.StartsWith(server.Url, StringComparison.Ordinal)) await route.ContinueAsync();
            else
            {
                lock (session.Refused) session.Refused.Add(route.Request.Url);
                await route.AbortAsync();
            }
        });
        return session;
    }

    /// <summary>Opens a page of the site ("09-training-a-network.html") in a new tab and starts its C# runtime.</summary>
    public async Task<IPage> StartAsync(string page)
    {
        var tab = await browser.NewPageAsync();
        await tab.GotoAsync(server.Url + page, new() { WaitUntil = WaitUntilState.Load });
        await tab.WaitForFunctionAsync("() => window.courseRunner !== undefined");
        await tab.EvaluateAsync("() => window.courseRunner.start()");
        return tab;
    }

    /// <summary>Each C# cell's outputs after the last run, as nbformat outputs (null for a cell that has not run).</summary>
    public static async Task<List<JsonArray?>> OutputsAsync(IPage tab)
    {
        var json = await tab.EvaluateAsync<string>("() => JSON.stringify(window.courseRunner.outputs())");
        return JsonNode.Parse(json)!.AsArray().Select(cell => cell is JsonArray outputs ? Nbformat(outputs) : null).ToList();
    }

    /// <summary>The runner's outputs (camelCase, JSON as text) in the shape an executed notebook stores them.</summary>
    private static JsonArray Nbformat(JsonArray outputs) => new(outputs.OfType<JsonObject>().Select(o =>
    {
        var output = new JsonObject { ["output_type"] = (string?)o["outputType"] };
        if (o["name"] is { } name) output["name"] = (string?)name;
        if (o["text"] is { } text) output["text"] = (string?)text;
        if (o["errorName"] is { } ename) output["ename"] = (string?)ename;
        if (o["errorValue"] is { } evalue) output["evalue"] = (string?)evalue;
        if (o["data"] is JsonObject data)
            output["data"] = new JsonObject(data.Select(p => KeyValuePair.Create(p.Key,
                p.Key.EndsWith("json", StringComparison.Ordinal) ? JsonNode.Parse((string)p.Value!) : (JsonNode?)JsonValue.Create((string?)p.Value))));
        return (JsonNode)output;
    }).ToArray());

    public async ValueTask DisposeAsync()
    {
        await browser.DisposeAsync();
        playwright.Dispose();
        server.Dispose();
    }
}
