using NotebookRunner.Assignments;
using NotebookRunner.Judging;

namespace NotebookRunner.Tests.Grading;

/// <summary>
/// Own work fails closed (issue 26): read without a kernel, a function that uses any part of the library its assignment
/// does not allow, reflection, UnsafeAccessor, unsafe code, dynamic, another program, or code the grader cannot bind, is
/// charged with it (so its checks earn nothing, GradedOwnWorkTests runs the routes that need a kernel), while its honest
/// neighbours and every source notebook's own code are not.
/// </summary>
public sealed class OwnWorkAllowlistTests
{
    /// <summary>An attack: the assignment, the region (0-based) it replaces, its body, cells it adds, the function charged, how, and a phrase.</summary>
    public sealed record Route(string Assignment, int Region, string Body, string[] Cells, string Function, ViolationKind Kind, string Says);

    private const string Sigmoid = "return 1.0 / (1.0 + Math.Exp(-u));";

    private const string Accessor = """
        [System.Runtime.CompilerServices.UnsafeAccessor(System.Runtime.CompilerServices.UnsafeAccessorKind.StaticField, Name = "<Sigmoid>k__BackingField")]
        static extern ref Activation RealSigmoid(Activation a);
        """;

    public static readonly Dictionary<string, Route> Routes = new()
    {
        ["autograd"] = new("02-activation", 0, "return new NeuralNetworks.Autograd.Value(u).Sigmoid().Data;", [], "Sigmoid", ViolationKind.NotAllowed, "NeuralNetworks.Autograd.Value"),
        ["global-spelling"] = new("02-activation", 0, "return new global::NeuralNetworks.Autograd.Value(u).Sigmoid().Data;", [], "Sigmoid", ViolationKind.NotAllowed, "NeuralNetworks.Autograd.Value"),
        ["using-alias"] = new("02-activation", 0, "return new Auto(u).Sigmoid().Data;", ["using Auto = NeuralNetworks.Autograd.Value;"], "Sigmoid", ViolationKind.NotAllowed, "NeuralNetworks.Autograd.Value"),
        ["using-static"] = new("02-activation", 3, "return Tanh.Derivative(0) * (u > 0 ? 1 : 0);",
            ["using static NeuralNetworks.Activations.Activation;"], "ReLUDerivative", ViolationKind.NotAllowed, "NeuralNetworks.Activations.Activation"),
        ["implicit-conversion"] = new("02-activation", 0, "var figure = NeuralNetworks.Charts.Chart.ComputationGraph(u);\n" + Sigmoid, [], "Sigmoid", ViolationKind.NotAllowed, "NeuralNetworks.Autograd.Value.op_Implicit"),
        ["dense-and-activation-layers"] = new("02-activation", 0, """
            var layer = new NeuralNetworks.Layers.Dense(Matrix<double>.Build.Dense(1, 1, 1.0), Matrix<double>.Build.Dense(1, 1));
            var z = new NeuralNetworks.Layers.ActivationLayer(NeuralNetworks.Activations.Activation.Tanh).Forward(layer.Forward(Matrix<double>.Build.Dense(1, 1, u / 2)));
            return (z[0, 0] + 1) / 2;
            """, [], "Sigmoid", ViolationKind.NotAllowed, "NeuralNetworks.Layers."),
        ["trainer"] = new("02-activation", 0, "var fit = NeuralNetworks.Training.Trainer.Evaluate(null!, null!, null!);\n" + Sigmoid, [], "Sigmoid", ViolationKind.NotAllowed, "NeuralNetworks.Training.Trainer.Evaluate"),
        ["numerical-gradient-backward"] = new("08-backprop", 0, """
            double L() => Loss(X, T, W1, b1, W2, b2, f);
            return new Gradients(NumericalGradient.Of(L, W1), NumericalGradient.Of(L, b1), NumericalGradient.Of(L, W2), NumericalGradient.Of(L, b2));
            """, [], "Backward", ViolationKind.NotAllowed, "NeuralNetworks.Calculus.NumericalGradient.Of"),
        ["unsafe-accessor"] = new("02-activation", 0, "return RealSigmoid(null!).Apply(u);", [Accessor], "Sigmoid", ViolationKind.Forbidden, "calls RealSigmoid, which uses UnsafeAccessor"),
        ["unsafe-accessor-aliased"] = new("02-activation", 0, "return Real(null!).Apply(u);", ["""
            using UA = System.Runtime.CompilerServices.UnsafeAccessorAttribute;
            using K = System.Runtime.CompilerServices.UnsafeAccessorKind;
            [UA(K.StaticField, Name = "<Sigmoid>k__BackingField")] static extern ref Activation Real(Activation a);
            """], "Sigmoid", ViolationKind.Forbidden, "calls Real, which uses UnsafeAccessor"),
        ["native-function"] = new("02-activation", 0, "return 1.0 / (1.0 + exp(-u));",
            ["[System.Runtime.InteropServices.DllImport(\"libm.so.6\")] static extern double exp(double x);"], "Sigmoid", ViolationKind.Forbidden, "calls exp, which uses unsafe memory access"),
        ["bare-extern"] = new("02-activation", 0, "return Native(u);", ["static extern double Native(double u);"], "Sigmoid", ViolationKind.Forbidden, "calls Native, which declares an extern method"),
        ["unbindable-then-reflection"] = new("02-activation", 0, """
            var context = Microsoft.DotNet.Interactive.KernelInvocationContext.Current;
            var field = Id(typeof(Activation)).GetField("<Sigmoid>k__BackingField", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static);
            return ((Activation)field!.GetValue(null)!).Apply(u);
            """, ["T Id<T>(T x) => x;"], "Sigmoid", ViolationKind.Forbidden, "uses reflection (System.Reflection."),
        ["reflection-on-math"] = new("02-activation", 0, "return 1.0 / (1.0 + (double)typeof(Math).GetMethod(\"Exp\")!.Invoke(null, [-u])!);", [], "Sigmoid", ViolationKind.Forbidden, "uses reflection"),
        ["dynamic"] = new("02-activation", 0, "dynamic d = u;\nreturn 1.0 / (1.0 + Math.Exp(-d));", [], "Sigmoid", ViolationKind.Forbidden, "uses dynamic"),
        ["unsafe-code"] = new("02-activation", 0, "unsafe { double* p = &u; return 1.0 / (1.0 + Math.Exp(-*p)); }", [], "Sigmoid", ViolationKind.Forbidden, "uses unsafe code"),
        ["another-program"] = new("02-activation", 0, "System.Diagnostics.Process.Start(\"true\")!.WaitForExit();\n" + Sigmoid, [], "Sigmoid", ViolationKind.Forbidden, "uses another program"),
        ["through-a-property"] = new("02-activation", 0, "return Logistic(u);",
            ["Func<double, double> Logistic => u => new NeuralNetworks.Autograd.Value(u).Sigmoid().Data;"], "Sigmoid", ViolationKind.NotAllowed, "calls Logistic, which uses NeuralNetworks.Autograd.Value"),
        ["through-a-local-function"] = new("02-activation", 0, "double Inner(double x) => new NeuralNetworks.Autograd.Value(x).Sigmoid().Data;\nreturn Inner(u);", [], "Sigmoid", ViolationKind.NotAllowed, "calls Inner, which uses NeuralNetworks.Autograd.Value"),
    };

    public static TheoryData<string> RouteNames() => new(Routes.Keys);

    [Theory]
    [MemberData(nameof(RouteNames))]
    public void Each_route_charges_the_function_it_sits_in_and_no_honest_neighbour(string name)
    {
        var route = Routes[name];
        var found = OwnWorkSnippets.Solved(route.Assignment, route.Region, route.Body, route.Cells);
        var show = OwnWorkSnippets.Show(found);
        Assert.True(found.In(route.Function).Any(v => v.Kind == route.Kind && v.What.Contains(route.Says, StringComparison.Ordinal)), show);
        var honest = CourseCopy.Load(route.Assignment).Probes.SelectMany(p => p.Names).Distinct()
            .Where(n => n != route.Function && !found.Any(v => v.Function == route.Function && v.What.Contains($"calls {n},", StringComparison.Ordinal)));
        Assert.All(honest, n => Assert.True(!found.In(n).Any(), $"{n} is charged:\n{show}"));
        Assert.True(!found.In(null).Any(), $"a route inside {route.Function} is charged at the top level:\n{show}");
    }

    /// <summary>
    /// Top-level code and a type of the student's are charged to no function (they run unnamed); a charged function that
    /// top-level code calls is charged to itself and does not run (its body throws), so nothing of it reaches the top level.
    /// </summary>
    [Fact]
    public void A_use_at_the_top_level_or_inside_a_type_of_the_students_is_charged_to_no_function_and_a_charged_function_does_not_run()
    {
        var found = OwnWorkSnippets.Solved("02-activation", -1, "",
            "var v = new NeuralNetworks.Autograd.Value(2).Sigmoid();",
            "class Helper { public double Compute(double u) => new NeuralNetworks.Autograd.Value(u).Sigmoid().Data; }",
            "double[] Table() => [new NeuralNetworks.Autograd.Value(1).Sigmoid().Data];\nvar table = Table();");
        var show = OwnWorkSnippets.Show(found);
        Assert.True(found.In(null).Count(v => v.Kind == ViolationKind.NotAllowed && v.What.StartsWith("uses NeuralNetworks.Autograd.Value", StringComparison.Ordinal)) == 2, show);
        Assert.True(found.In("Table").Any(v => v.What.StartsWith("uses NeuralNetworks.Autograd.Value", StringComparison.Ordinal)), show);
        Assert.True(!found.In(null).Any(v => v.What.StartsWith("calls Table", StringComparison.Ordinal)), show);
        Assert.True(found.All(v => v.Function is null or "Table"), show);
    }

    /// <summary>
    /// Homework 10's own race cell calls every optimizer step at the top level. A step that uses reflection is charged to
    /// itself and the race, and its body is replaced by a throw in the cells that run, so the race runs none of it and the
    /// other steps keep their points (their checks are not charged).
    /// </summary>
    [Fact]
    public void A_charged_function_the_assignments_own_cells_call_is_neutralised_not_charged_to_every_check()
    {
        const string body = """
            var p = new NeuralNetworks.Layers.Parameter("w", w.ToRowMatrix());
            p.Gradient.SetRow(0, g);
            typeof(Momentum).GetMethod("Step")!.Invoke(new Momentum(alpha, mu), new object[] { new[] { p } });
            return (p.Value.Row(0), p.Value.Row(0) - w);
            """;
        var reading = OwnWorkSnippets.Read("10-optimizers", OwnWorkSnippets.Submission("10-optimizers", 0, body));
        var show = OwnWorkSnippets.Show(reading.Violations);
        Assert.Contains(reading.Violations, v => v.Function == "MomentumStep" && v.Kind == ViolationKind.Forbidden);
        Assert.True(!reading.Violations.In(null).Any(), show);
        var step = Assert.Single(reading.Cells, c => c.Source.Contains("The grader did not run MomentumStep", StringComparison.Ordinal));
        Assert.DoesNotContain("GetMethod", step.Source);
        var again = OwnWorkSnippets.Analyse("10-optimizers", reading.Cells);
        Assert.True(again.All(v => v.Kind != ViolationKind.DoesNotCompile), OwnWorkSnippets.Show(again));
    }

    [Fact]
    public void A_function_body_becomes_a_throw_on_the_same_lines_and_code_outside_a_body_is_left_to_the_caller()
    {
        const string source = """
            double Block(double u)
            {
                var x = u * 2;
                return x;
            }
            double Arrow(double u) =>
                u * 3;
            double Prop { get { return 1; } set { } }
            double Auto { get; set; } = 4;
            [System.Runtime.InteropServices.DllImport("libm.so.6")] static extern double exp(double x);
            """;
        var tree = Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(source,
            new Microsoft.CodeAnalysis.CSharp.CSharpParseOptions(kind: Microsoft.CodeAnalysis.SourceCodeKind.Script));
        var declarations = tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.MemberDeclarationSyntax>()
            .Where(d => d is not Microsoft.CodeAnalysis.CSharp.Syntax.GlobalStatementSyntax).ToList();
        var edits = declarations.Select(d => FunctionBodies.Throwing(d, "F")).ToList();
        Assert.NotNull(edits[0]);
        Assert.NotNull(edits[1]);
        Assert.Equal(2, edits[2]!.Count);
        Assert.Null(edits[3]);
        Assert.Null(edits[4]);
        var cell = new NotebookRunner.Notebooks.NotebookCell(1, "code", "csharp", source);
        var edited = FunctionBodies.Apply([cell], new Dictionary<int, List<TextEdit>> { [1] = [.. edits[0]!, .. edits[1]!, .. edits[2]!] })[0].Source;
        Assert.Equal(source.Split('\n').Length, edited.Split('\n').Length);
        Assert.DoesNotContain("u * 2", edited);
        Assert.DoesNotContain("u * 3", edited);
        Assert.Equal(4, edited.Split("The grader did not run F").Length - 1);
        Assert.Contains("double Auto { get; set; } = 4;", edited);
    }

    /// <summary>
    /// A cell with a typo does not compile in the kernel either (the analysis binds a superset of what the kernel's scripts
    /// bind), so it runs nothing: it is noted, not charged, and its functions are not there for later cells. Without the
    /// kernel's assemblies to vouch for that, the same cell is unreadable and charged to its function.
    /// </summary>
    [Fact]
    public void A_cell_that_does_not_compile_is_noted_not_charged_unless_the_kernel_s_references_are_unknown()
    {
        const string typo = "var hidden = SomethingTheGraderCannotFind.Compute(u);\n" + Sigmoid;
        var found = OwnWorkSnippets.Solved("02-activation", 0, typo);
        var show = OwnWorkSnippets.Show(found);
        var note = Assert.Single(found);
        Assert.Equal(ViolationKind.DoesNotCompile, note.Kind);
        Assert.Null(note.Function);
        Assert.False(note.Forbidden, show);
        Assert.StartsWith($"your cell {note.Cell} does not compile (CS0103: The name 'SomethingTheGraderCannotFind'", note.Sentence);
        Assert.EndsWith("so it did not run and nothing in it counts", note.Sentence);

        var blind = OwnWorkSnippets.Of("02-activation", OwnWorkSnippets.Submission("02-activation", 0, typo), kernel: false);
        Assert.Contains(blind, v => v.Function == "Sigmoid" && v.Kind == ViolationKind.Unreadable && v.What.Contains("CS0103", StringComparison.Ordinal));
    }

    /// <summary>A scratch cell with a typo at the top level (System.IO is not among the kernel's usings) charges nothing.</summary>
    [Fact]
    public void A_scratch_cell_with_a_typo_at_the_top_level_charges_no_check()
    {
        var found = OwnWorkSnippets.Solved("02-activation", -1, "", "Console.SetOut(TextWriter.Null);");
        var show = OwnWorkSnippets.Show(found);
        Assert.True(found.All(v => v.Kind == ViolationKind.DoesNotCompile && !v.Forbidden), show);
        Assert.Contains(found, v => v.What.Contains("CS0103: The name 'TextWriter' does not exist", StringComparison.Ordinal));
    }

    [Fact]
    public void Naming_a_member_in_nameof_display_and_invariant_formatting_are_fine()
    {
        var found = OwnWorkSnippets.Solved("02-activation", -1, "",
            "var name = nameof(NeuralNetworks.Autograd.Value.Sigmoid);\ndisplay(name);",
            "string Shown(double u) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $\"{u:F3}\");\nShown(1)");
        Assert.True(found.Count == 0, OwnWorkSnippets.Show(found));
    }

    [Fact]
    public void The_kernel_s_own_names_bind_as_in_the_kernel_and_only_display_is_allowed()
    {
        var found = OwnWorkSnippets.Solved("02-activation", -1, "",
            "display(1.5);\nvar context = Microsoft.DotNet.Interactive.KernelInvocationContext.Current;");
        var show = OwnWorkSnippets.Show(found);
        Assert.True(found.Count == 1, show);
        Assert.Equal(ViolationKind.NotAllowed, found[0].Kind);
        Assert.Contains("Microsoft.DotNet.Interactive.KernelInvocationContext", found[0].What);
    }

    [Fact]
    public void An_answer_member_is_named_as_the_answer_before_anything_else_it_breaks()
    {
        var found = OwnWorkSnippets.Solved("02-activation", 0, "return new NeuralNetworks.Layers.ActivationLayer(Activation.Sigmoid).Forward(Matrix<double>.Build.Dense(1, 1, u))[0, 0];");
        var first = found.In("Sigmoid").First();
        Assert.Equal(ViolationKind.AnswerMember, first.Kind);
        Assert.Contains("NeuralNetworks.Activations.Activation.Sigmoid, which is the answer itself", first.What);
    }

    [Fact]
    public void A_cell_too_large_to_read_in_time_fails_every_check_and_a_deep_one_its_function()
    {
        var sum = "return 0.0" + string.Concat(Enumerable.Repeat(" + u * 0", 10_000)) + " + (u > 0 ? u : 0.0);";
        var parentheses = "return 1.0 / (1.0 + Math.Exp(-" + new string('(', 3_000) + "u" + new string(')', 3_000) + "));";
        var source = CourseCopy.Load("02-activation");
        var found = OwnWorkSnippets.Of("02-activation", SubmissionVariants.WithRegionsReplaced(source, new Dictionary<int, string> { [0] = parentheses, [2] = sum }));
        var show = OwnWorkSnippets.Show(found);
        Assert.True(found.Any(v => v.Function is null && v.Kind == ViolationKind.Unreadable && v.What.Contains("too large for the grader to read", StringComparison.Ordinal)), show);
        Assert.True(found.All(v => v.Kind is ViolationKind.Unreadable or ViolationKind.DoesNotCompile && v.Function is null or "Sigmoid"), show);
    }

    public static TheoryData<string> Assignments() => new(CourseCopy.Names);

    [Theory]
    [MemberData(nameof(Assignments))]
    public void Every_solved_source_and_its_released_stub_use_only_what_the_assignment_allows(string name)
    {
        var source = CourseCopy.Load(name);
        var solved = OwnWorkSnippets.Of(name, SubmissionVariants.Solved(source));
        Assert.True(solved.Count == 0, OwnWorkSnippets.Show(solved));
        var released = OwnWorkSnippets.Of(name, Releaser.Release(source));
        Assert.True(released.Count == 0, OwnWorkSnippets.Show(released));
    }

    [Fact]
    public void An_assignment_that_asks_for_the_library_allows_what_it_asks_for_and_a_misspelt_name_is_refused()
    {
        Assert.Contains("NeuralNetworks.Training", CourseCopy.Load("09-iris").Allowed);
        Assert.Empty(CourseCopy.Load("02-activation").Allowed);
        var source = Support.Nbrun.Read(CourseCopy.SourcePath("02-activation"));
        foreach (var cell in (System.Text.Json.Nodes.JsonArray)source["cells"]!)
            if (Markers.IsAnswerMembers(Notebooks.NotebookReader.Source(cell!["source"])))
                cell["source"] = "// ANSWER MEMBERS\nAnswerMembers.Declare();\nAnswerMembers.Allow(\n    \"NeuralNetworks.Layers\",\n    \"NeuralNetworks.Layer.Dense\");";
        var path = CourseCopy.Save(source, "02-activation.ipynb");
        var error = Assert.Throws<Notebooks.NotebookException>(() => Assignment.Load(path));
        Assert.Matches(@"02-activation\.ipynb cell \d+, line 5: 'NeuralNetworks\.Layer\.Dense' is not a namespace, type or member of the course library or MathNet", error.Message);
    }
}
