namespace NeuralNetworks.Charts;

public static partial class FigureHtml
{
    /// <summary>
    /// The script that draws a figure into the div with the given id, in every host:
    /// 1. window.Plotly is there (a page that loaded or inlined it): draw at once.
    /// 2. require.js is there (VS Code Polyglot, classic Jupyter): a plain &lt;script src&gt;
    ///    is not an AMD module there, so load plotly through a private require.js context
    ///    (its own paths and a shim exporting Plotly) and draw when it arrives.
    /// 3. Neither (JupyterLab, a plain page): add one &lt;script src&gt; for plotly and
    ///    draw on load; the promise of that load is kept on window, so several figures on
    ///    one page load plotly once.
    /// plotly measures its text once, when it draws: a page that declares the chart font
    /// (the site declares Open Sans, plotly's first choice, <see cref="PlotlyJs.Font"/>) has it
    /// loaded for the figure's characters first, so titles and legends are laid out in the font
    /// they are shown in; where no page declares it, this waits for nothing.
    /// </summary>
    private static string LoaderScript(string id, Figure figure, HtmlOptions options)
    {
        string url = options.PlotlyUrl;
        string amdPath = url.EndsWith(".js", StringComparison.Ordinal) ? url[..^3] : url;
        string config = $"{{\"displayModeBar\": {Js(options.DisplayModeBar)}, " +
            $"\"responsive\": {Js(options.Responsive)}}}";
        string context = "nn-plotly-" + PlotlyJs.Version;
        string fontQuery = Str($"12px \"{PlotlyJs.Font}\"");
        return $$"""
            (function () {
              var id = {{Str(id)}}, url = {{Str(url)}};
              var figure = {{figure.ToJson()}};
              figure.config = {{config}};
              function fonts() {
                if (!document.fonts || !document.fonts.load) return Promise.resolve();
                return document.fonts.load({{fontQuery}}, JSON.stringify(figure))
                  .catch(function () {});
              }
              function draw(Plotly) {
                return fonts().then(function () {
                  return Plotly.newPlot(document.getElementById(id), figure);
                });
              }
              function fail(error) {
                var div = document.getElementById(id);
                if (div) div.textContent = "Could not load plotly.js from " + url + ": " + error;
              }
              if (window.Plotly) { draw(window.Plotly); return; }
              if (typeof window.requirejs === "function"
                  && typeof window.requirejs.config === "function") {
                var load = window.requirejs.config({ context: {{Str(context)}},
                  paths: { plotly: {{Str(amdPath)}} }, shim: { plotly: { exports: "Plotly" } } });
                load(["plotly"], function (Plotly) { draw(Plotly || window.Plotly); }, fail);
                return;
              }
              var key = {{Str("__nnPlotlyLoad_" + PlotlyJs.Version)}};
              window[key] = window[key] || new Promise(function (resolve, reject) {
                var script = document.createElement("script");
                script.src = url;
                script.onload = function () { resolve(window.Plotly); };
                script.onerror = function () { reject(new Error("the script did not load")); };
                document.head.appendChild(script);
              });
              window[key].then(draw, fail);
            })();

            """;
    }

    private static string Js(bool value) => value ? "true" : "false";

    private static string Str(string value) => System.Text.Json.JsonSerializer.Serialize(value);
}
