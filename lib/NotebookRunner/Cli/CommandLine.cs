using System.CommandLine;
using NotebookRunner.Execution;
using NotebookRunner.Notebooks;

namespace NotebookRunner.Cli;

/// <summary>The verbs: run, check, convert, bench, release, grade, bench-grade. Bad arguments exit
/// with 2.</summary>
public static class CommandLine
{
    public static RootCommand Build()
    {
        var root = new RootCommand(
            "nbrun: runs Polyglot notebooks (.ipynb, .dib) on the .NET Interactive kernel, " +
            "exports executed notebooks and a site, releases and grades homework.");
        root.Subcommands.Add(
            RunVerb("run",
                "Run notebooks (files or folders, searched recursively) and write executed copies.",
                writes: true));
        root.Subcommands.Add(
            RunVerb("check", "Run notebooks without writing anything; exit 1 if any cell fails.",
                writes: false));
        root.Subcommands.Add(ConvertVerb());
        root.Subcommands.Add(BenchVerb());
        root.Subcommands.Add(StripCommand.Verb());
        foreach (var verb in GradingVerbs.All()) root.Subcommands.Add(verb);
        return root;
    }

    private static Command RunVerb(string name, string description, bool writes)
    {
        var paths = new Argument<string[]>("paths")
        {
            Arity = ArgumentArity.OneOrMore,
            Description = "Notebooks or folders"
        };
        var timeout = new Option<double>("--timeout")
        {
            DefaultValueFactory = _ => 120,
            Description = "Seconds a cell may run before it is stopped"
        };
        var output = new Option<string>("--out")
        {
            DefaultValueFactory = _ => "out",
            Description = "Output folder (notebooks/ and site/ inside)"
        };
        var html = new Option<bool>(
            "--html")
        { Description = "Also export an HTML page per notebook and an index" };
        var offline = new Option<bool>(
            "--offline")
        {
            Description =
                "Copy plotly.js, KaTeX and highlight.js beside the pages instead of CDN links"
        };
        var assets = new Option<string?>(
            "--assets")
        {
            Description =
                "node_modules folder for --offline (default: found by walking up to " +
                "package.json)"
        };
        var inPlace = new Option<bool>(
            "--in-place")
        { Description = "Write the executed notebook over the source file" };
        var allowErrors = new Option<bool>(
            "--allow-errors")
        {
            Description =
                "Run the cells after a failing cell too (as nbclient's allow_errors)"
        };
        var jobs = new Option<int>("--jobs")
        {
            DefaultValueFactory = _ =>
            Environment.ProcessorCount, Description =
                "Notebooks run at once, each on its own kernel"
        };
        var language = new Option<string>("--lang")
        {
            DefaultValueFactory = _ => Edition.Both,
            Description =
                "Which edition a folder yields: en, ja (NAME.ja.ipynb) or both; a file named is " +
                "run as it is"
        };
        language.AcceptOnlyFromAmong(Edition.English, Edition.Japanese, Edition.Both);
        var command = new Command(name, description) { paths, timeout, allowErrors, jobs,
            language };
        if (writes) foreach (
            var option in new Option[] { output, html, offline, assets,
                inPlace }) command.Options.Add(option);
        command.SetAction(async (result, _) =>
        {
            var seconds = result.GetValue(timeout);
            if (!(seconds > 0) || double.IsInfinity(seconds))
                throw new NotebookException(
                    $"--timeout is {seconds} s: give a positive number of seconds, e.g. " +
                    "--timeout 120.", 2);
            var limits = ExecutionLimits.WithTimeoutSeconds(seconds);
            if (result.GetValue(jobs) < 1)
                throw new NotebookException($"--jobs is {result.GetValue(jobs)}: give 1 or more.",
                    2);
            var settings = new RunSettings(result.GetValue(paths)!, limits, writes,
                result.GetValue(output)!,
                writes && result.GetValue(html), writes && result.GetValue(offline),
                result.GetValue(assets), writes && result.GetValue(inPlace),
                result.GetValue(allowErrors), result.GetValue(jobs), result.GetValue(language)!);
            return await RunCommand.RunAsync(settings);
        });
        return command;
    }

    private static Command ConvertVerb()
    {
        var file = new Argument<string>(
            "file")
        {
            Description =
                "A .ipynb or .dib file; for --to cs, a notebook folder (notebooks)"
        };
        var to = new Option<string>("--to")
        {
            Required = true,
            Description = "ipynb, dib, or cs (file-based apps)"
        };
        to.AcceptOnlyFromAmong("ipynb", "dib", "cs");
        var force = new Option<bool>(
            "--force")
        {
            Description =
                "Overwrite the target if it exists (for cs: an app edited by hand)"
        };
        var outFolder = new Option<string?>(
            "--out")
        {
            Description =
                "For --to cs: the apps' folder (default: apps/ beside the notebook folder; the " +
                "Japanese apps go to its ja/)"
        };
        var check = new Option<bool>(
            "--check")
        {
            Description =
                "For --to cs: write nothing, list the apps out of step with the notebooks, exit " +
                "1 if any"
        };
        var command = new Command("convert",
            "Convert between .ipynb and Polyglot's .dib text format, or write the file-based " +
            "apps of a notebook folder.")
            { file, to, force, outFolder, check };
        command.SetAction(result => result.GetValue(to) == "cs"
            ? AppsCommand.Run(result.GetValue(file)!, result.GetValue(outFolder),
                result.GetValue(force), result.GetValue(check))
            : ConvertCommand.Run(result.GetValue(file)!, result.GetValue(to)!,
                result.GetValue(force)));
        return command;
    }

    private static Command BenchVerb()
    {
        var folder = new Argument<string>(
            "folder")
        { Description = "A folder of notebooks to time" };
        var jobs = new Option<int>("--jobs")
        {
            DefaultValueFactory = _ =>
            Environment.ProcessorCount, Description = "Notebooks run at once"
        };
        var serial = new Option<bool>(
            "--serial")
        { Description = "Also run them one at a time first, for comparison" };
        var command = new Command("bench",
            "Print the kernel's start, the time per cell and the time to run every notebook in a " +
            "folder.") { folder, jobs, serial };
        command.SetAction(async (result, _) =>
            await BenchCommand.RunAsync(result.GetValue(folder)!,
                Math.Max(1, result.GetValue(jobs)), result.GetValue(serial)));
        return command;
    }
}
