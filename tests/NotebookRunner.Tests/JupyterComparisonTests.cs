using System.Diagnostics;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NotebookRunner.Tests.Support;

namespace NotebookRunner.Tests;

/// <summary>
/// An independent client of the same kernel agrees with nbrun: every course notebook executed by Debian's
/// `jupyter nbconvert --execute` on the .NET Interactive kernel that scripts/jupyter.sh registers gives the outputs nbrun
/// wrote, cell by cell, normalised as <see cref="OutputComparison"/> says.
/// As the two runs are separate processes, this is also the check that every notebook prints the same thing twice.
/// </summary>
[Collection(CourseRunCollection.Name)]
[Trait(Tier.Name, Tier.Full)]
public sealed class JupyterComparisonTests(CourseRun course, JupyterComparisonTests.JupyterRun jupyter) : IClassFixture<JupyterComparisonTests.JupyterRun>
{
    public sealed class JupyterRun
    {
        public JupyterRun()
        {
            var folder = Nbrun.TempFolder();
            Kernels = Path.Combine(folder, "jupyter");
            Output = Path.Combine(folder, "executed");
            var root = CourseKit.Testing.NodeAssets.RepositoryRoot();
            Register = Shell.Run(root, "bash", ["scripts/jupyter.sh", "--prefix", Kernels]);
            var files = new System.Collections.Concurrent.ConcurrentQueue<NotebookRunner.Notebooks.NotebookFile>(
                NotebookRunner.Notebooks.NotebookFinder.Find([CourseRun.Notebooks]));
            var workers = Enumerable.Range(0, Environment.ProcessorCount).Select(w => Task.Run(() =>
            {
                var kernels = WorkerKernels(w);
                while (files.TryDequeue(out var file)) Execute(file, kernels);
            })).ToArray();
            Task.WaitAll(workers);
        }

        /// <summary>
        /// The kernel starts a web server on the first free port of its --http-port-range; two kernels started at the same
        /// moment can pick the same port and one fails. So each worker gets a copy of the registered kernelspec with a
        /// port range of its own.
        /// </summary>
        private string WorkerKernels(int worker)
        {
            var spec = JsonNode.Parse(File.ReadAllText(Path.Combine(Kernels, "kernels", ".net-csharp", "kernel.json")))!.AsObject();
            var argv = spec["argv"]!.AsArray();
            var range = argv.Select((a, i) => (a, i)).First(x => (string?)x.a == "--http-port-range").i + 1;
            argv[range] = $"{2048 + 200 * worker}-{2247 + 200 * worker}";
            var folder = Path.Combine(Kernels, $"worker{worker}");
            Directory.CreateDirectory(Path.Combine(folder, "kernels", ".net-csharp"));
            File.WriteAllText(Path.Combine(folder, "kernels", ".net-csharp", "kernel.json"), spec.ToJsonString());
            return folder;
        }

        private void Execute(NotebookRunner.Notebooks.NotebookFile file, string kernels)
        {
            var target = Path.GetDirectoryName(Path.Combine(Output, file.RelativePath))!;
            var info = new ProcessStartInfo("/usr/bin/jupyter") { WorkingDirectory = Path.GetDirectoryName(file.FullPath), RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (var a in new[] { "nbconvert", "--to", "notebook", "--execute", "--ExecutePreprocessor.timeout=600", "--output-dir", target, file.FullPath })
                info.ArgumentList.Add(a);
            info.Environment["JUPYTER_PATH"] = kernels;
            info.Environment["DOTNET_INTERACTIVE_CLI_TELEMETRY_OPTOUT"] = "1";
            using var process = Process.Start(info)!;
            var error = process.StandardError.ReadToEndAsync();
            process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            lock (Failures) if (process.ExitCode != 0) Failures.Add($"{file.RelativePath}: nbconvert exited {process.ExitCode}: {error.Result[^Math.Min(2000, error.Result.Length)..]}");
        }

        public string Kernels { get; }

        public string Output { get; }

        public Shell.Result Register { get; }

        public List<string> Failures { get; } = [];
    }

    [Fact]
    public void The_script_registers_the_kernel_and_nbconvert_runs_every_notebook()
    {
        Assert.True(jupyter.Register.ExitCode == 0, jupyter.Register.Both);
        Assert.True(File.Exists(Path.Combine(jupyter.Kernels, "kernels", ".net-csharp", "kernel.json")));
        Assert.Empty(jupyter.Failures);
    }

    [Theory]
    [MemberData(nameof(CourseRun.All), MemberType = typeof(CourseRun))]
    public void Jupyter_gives_the_outputs_nbrun_wrote(string relative)
    {
        var theirs = Nbrun.Read(Path.Combine(jupyter.Output, relative));
        var ours = course.Executed(relative);
        var ourCells = (JsonArray)ours["cells"]!;
        var theirCells = (JsonArray)theirs["cells"]!;
        Assert.Equal(ourCells.Count, theirCells.Count);
        for (var i = 0; i < ourCells.Count; i++)
        {
            var varies = OutputComparison.Varies(ourCells[i]);
            var a = varies ? OutputComparison.Kinds(ourCells[i]!["outputs"] as JsonArray) : OutputComparison.Normalized(ourCells[i]!["outputs"] as JsonArray);
            var b = varies ? OutputComparison.Kinds(theirCells[i]!["outputs"] as JsonArray) : OutputComparison.Normalized(theirCells[i]!["outputs"] as JsonArray);
            Assert.True(a == b, $"{relative} cell {i + 1} differs:\n{OutputComparison.FirstDifference(a, b, "nbrun", "jupyter")}");
        }
    }
}
