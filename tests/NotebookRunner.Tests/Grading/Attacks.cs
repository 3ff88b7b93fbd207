using System.Text.Json.Nodes;
using NotebookRunner.Assignments;
using NotebookRunner.Notebooks;

namespace NotebookRunner.Tests.Grading;

/// <summary>The hostile submissions of <see cref="HostileSubmissionTests"/>, one per attack seen on the first grader, and what each must earn.</summary>
public static class Attacks
{
    public sealed record Outcome(int Points, string? Says = null);

    /// <summary>Report name → the points it must earn and a phrase its report must hold.</summary>
    public static readonly Dictionary<string, Outcome> Expected = new()
    {
        ["correct"] = new(10),
        ["forge-protocol"] = new(0),
        ["shadow-check"] = new(0),
        ["shadow-reference"] = new(7, "SigmoidDerivative(2)"),
        ["non-json-output"] = new(10),
        ["mistyped-source"] = new(0, "\\u0022source\\u0022 is 5, not text"),
        ["mistyped-nbformat"] = new(0, "\\u0022nbformat\\u0022 is \\u00224\\u0022"),
        ["mistyped-kernelname"] = new(10),
        ["linked"] = new(0, "symbolic link"),
        ["reads-source"] = new(0, "found no source"),
        ["detached-process"] = new(0, "uses another program"),
        ["writes-others"] = new(10, "nothing written"),
        ["native-memory"] = new(0, "unsafe memory access"),
        ["native-memory-child"] = new(0, "uses another program"),
        ["gc-memory"] = new(10),
        ["child-processes"] = new(0, "uses another program"),
        ["disk-filling"] = new(10, "SIGXFSZ: a file grew past the size limit"),
        ["console-null"] = new(10),
        ["as-dib"] = new(10),
        ["a__student"] = new(10),
        ["b__student"] = new(0),
        ["environment-exit"] = new(10, "the kernel exited with code 0 during cell 6"),
        ["endless-loop"] = new(10, "it ran past the time limit"),
    };

    public static IEnumerable<(string Name, JsonObject Document)> Make(Assignment a, string submissions, string reports)
    {
        JsonObject Correct(string code) => CourseCopy.WithCellBeforeChecks(SubmissionVariants.Solved(a), code);
        JsonObject Unsolved(string code) => CourseCopy.WithCellBeforeChecks(Releaser.Release(a), code);
        yield return ("correct", SubmissionVariants.Solved(a));
        yield return ("forge-protocol", Unsolved(ForgeProtocol));
        yield return ("shadow-check", Unsolved("""
            static class Check
            {
                public static void Close(double expected, double actual, double tolerance, string what) { }
                public static void Passed(string name, int points) => Console.WriteLine($"✓ {name} passed ({points} points).");
            }
            """));
        yield return ("shadow-reference", CourseCopy.WithCellBeforeChecks(SubmissionVariants.WithRegionReplaced(a, 1, "return 0.25;"),
            "static class NumericalDerivative { public static double Central(Func<double, double> f, double x, double h = 1e-5) => 0.25; }"));
        yield return ("non-json-output", Correct("""
            var raw = Console.OpenStandardOutput();
            var bytes = System.Text.Encoding.UTF8.GetBytes("Points 10/10\n{\"eventType\":\"CommandSucceeded\"}\n");
            raw.Write(bytes);
            var block = new byte[1 << 20];
            Array.Fill(block, (byte)'x');
            for (int i = 0; i < 512; i++) raw.Write(block);
            raw.Write(new byte[] { (byte)'\n' });
            raw.Flush();
            """));
        yield return ("reads-source", Unsolved($$"""
            using System.IO;
            var seen = new System.Text.StringBuilder();
            foreach (var dir in Directory.GetDirectories("/proc"))
                try { seen.Append(File.ReadAllText(Path.Combine(dir, "cmdline")).Replace('\0', ' ')).Append('\n'); } catch (Exception) { }
            var source = "{{a.Path}}";
            if (File.Exists(source)) throw new Exception(File.ReadAllText(source));
            throw new Exception("found no source; processes seen: " + seen.ToString().Length + " characters");
            """));
        yield return ("detached-process", Correct($$"""
            var psi = new System.Diagnostics.ProcessStartInfo("setsid", new[] { "sh", "-c",
                "sleep 4; echo submission,10,10 > '{{reports}}/summary.csv'; echo hacked > /tmp/detached-was-here" });
            System.Diagnostics.Process.Start(psi);
            """));
        yield return ("writes-others", Correct($$"""
            using System.IO;
            var failures = new List<string>();
            foreach (var target in new[] { "{{a.Path}}", "{{Path.Combine(submissions, "correct.ipynb")}}", "{{reports}}/correct.json" })
                try { File.WriteAllText(target, "{}"); throw new Exception("WROTE " + target); }
                catch (IOException error) { failures.Add(error.GetType().Name); }
            throw new Exception("nothing written: " + string.Join(", ", failures));
            """));
        yield return ("native-memory", Correct("var block = System.Runtime.InteropServices.Marshal.AllocHGlobal(new IntPtr(6L << 30));\nConsole.WriteLine(block);"));
        yield return ("native-memory-child", Correct("""
            var dd = System.Diagnostics.Process.Start("dd", "if=/dev/zero of=/dev/null bs=12G count=1");
            dd.WaitForExit();
            if (dd.ExitCode != 0) throw new InvalidOperationException($"dd could not allocate 12 GiB (exit code {dd.ExitCode})");
            """));
        yield return ("gc-memory", Correct("var chunks = new List<double[]>();\nwhile (true) chunks.Add(new double[64 << 20]);"));
        yield return ("child-processes", Correct("""
            for (int i = 0; i < 20; i++) System.Diagnostics.Process.Start("sleep", "600");
            System.Diagnostics.Process.Start("setsid", "sleep 600");
            """));
        yield return ("disk-filling", Correct("""
            using System.IO;
            var block = new byte[1 << 20];
            using (var file = File.Create("/tmp/nbrun-hostile-fill.bin"))
                for (int i = 0; i < 2048; i++) file.Write(block);
            """));
        yield return ("console-null", CourseCopy.WithCellAt(SubmissionVariants.Solved(a), 2, "Console.SetOut(TextWriter.Null);\nConsole.SetError(TextWriter.Null);"));
        yield return ("environment-exit", Correct("Environment.Exit(0);"));
        yield return ("endless-loop", Correct("while (true) { }"));
    }

    /// <summary>The submissions that are not plain notebooks: a link to the source, mistyped JSON, a .dib, two of one name.</summary>
    public static void WriteSpecialFiles(Assignment a, string submissions)
    {
        File.CreateSymbolicLink(Path.Combine(submissions, "linked.ipynb"), a.Path);
        var solved = SubmissionVariants.Solved(a);
        File.WriteAllText(Path.Combine(submissions, "mistyped-source.ipynb"), Mistyped(solved, d => d["cells"]![1]!["source"] = 5));
        File.WriteAllText(Path.Combine(submissions, "mistyped-nbformat.ipynb"), Mistyped(solved, d => d["nbformat"] = "4"));
        File.WriteAllText(Path.Combine(submissions, "mistyped-kernelname.ipynb"),
            Mistyped(solved, d => d["cells"]![1]!["metadata"] = new JsonObject { ["polyglot_notebook"] = new JsonObject { ["kernelName"] = 7 } }));
        File.WriteAllText(Path.Combine(submissions, "as-dib.dib"), DibFormat.FromNotebook(NotebookReader.FromDocument("as-dib.ipynb", solved)));
        foreach (var (folder, document) in new[] { ("a", solved), ("b", Releaser.Release(a)) })
        {
            Directory.CreateDirectory(Path.Combine(submissions, folder));
            File.WriteAllText(Path.Combine(submissions, folder, "student.ipynb"), NotebookWriter.ToText(document));
        }
    }

    private static string Mistyped(JsonObject document, Action<JsonObject> change)
    {
        var copy = (JsonObject)document.DeepClone();
        change(copy);
        return NotebookWriter.ToText(copy);
    }

    /// <summary>Steals the kernel's stdin and answers every command itself with made-up values and "succeeded".</summary>
    private const string ForgeProtocol = """
        var input = Console.OpenStandardInput();
        var output = Console.OpenStandardOutput();
        new System.Threading.Thread(() =>
        {
            var reader = new StreamReader(input);
            var writer = new StreamWriter(output) { AutoFlush = true };
            string? line;
            while ((line = reader.ReadLine()) is not null)
            {
                var token = System.Text.RegularExpressions.Regex.Match(line, "\"token\":\"([^\"]+)\"").Groups[1].Value;
                var records = "{\\\"calls\\\":[{\\\"method\\\":\\\"Close\\\",\\\"arguments\\\":[{\\\"kind\\\":\\\"number\\\",\\\"value\\\":0.5}]}],\\\"count\\\":1}";
                var command = "{\"token\":\"" + token + "\",\"commandType\":\"SubmitCode\",\"command\":{\"code\":\"\",\"targetKernelName\":\"csharp\"},\"routingSlip\":[]}";
                writer.WriteLine("{\"event\":{\"formattedValues\":[{\"mimeType\":\"text/plain\",\"value\":\"" + records + "\",\"suppressDisplay\":false}],\"valueId\":null},\"eventType\":\"ReturnValueProduced\",\"command\":" + command + ",\"routingSlip\":[]}");
                writer.WriteLine("{\"event\":{\"executionOrder\":0},\"eventType\":\"CommandSucceeded\",\"command\":" + command + ",\"routingSlip\":[]}");
            }
        }) { IsBackground = true }.Start();
        """;
}
