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
        ["global-spelling"] = new("02-activation", 0, "return new global::NeuralNetworks.Autograd.Value(u).Sigmoid().Data;", [], "Sigmoid", ViolationKind.NotAllowed, "NeuralNetworks.Autograd.Value.Sigmoid"),
        ["using-alias"] = new("02-activation", 0, "return new Auto(u).Sigmoid().Data;", ["using Auto = NeuralNetworks.Autograd.Value;"], "Sigmoid", ViolationKind.NotAllowed, "NeuralNetworks.Autograd.Value"),
        ["using-static"] = new("02-activation", 3, "return Tanh.Derivative(0) * (u > 0 ? 1 : 0);",
            ["using static NeuralNetworks.Activations.Activation;"], "ReLUDerivative", ViolationKind.NotAllowed, "NeuralNetworks.Activations.Activation.Tanh"),
        ["implicit-conversion"] = new("02-activation", 0, "var figure = NeuralNetworks.Charts.Chart.ComputationGraph(u);\n" + Sigmoid, [], "Sigmoid", ViolationKind.NotAllowed, "NeuralNetworks.Autograd.Value.op_Implicit"),
        ["dense-and-activation-layers"] = new("02-activation", 0, """
            var layer = new NeuralNetworks.Layers.Dense(Matrix<double>.Build.Dense(1, 1, 1.0), Matrix<double>.Build.Dense(1, 1));
            var z = new NeuralNetworks.Layers.ActivationLayer(NeuralNetworks.Activations.Activation.Tanh).Forward(layer.Forward(Matrix<double>.Build.Dense(1, 1, u / 2)));
            return (z[0, 0] + 1) / 2;
            """, [], "Sigmoid", ViolationKind.NotAllowed, "NeuralNetworks.Layers.Dense"),
        ["trainer"] = new("02-activation", 0, "var fit = NeuralNetworks.Training.Trainer.Evaluate(null!, null!, null!);\n" + Sigmoid, [], "Sigmoid", ViolationKind.NotAllowed, "NeuralNetworks.Training.Trainer.Evaluate"),
        ["numerical-gradient-backward"] = new("08-backprop", 0, """
            double L() => Loss(X, T, W1, b1, W2, b2);
            return new Gradients(NumericalGradient.Of(L, W1), NumericalGradient.Of(L, b1), NumericalGradient.Of(L, W2), NumericalGradient.Of(L, b2));
            """, [], "Backward", ViolationKind.NotAllowed, "NeuralNetworks.Calculus.NumericalGradient.Of"),
        ["unsafe-accessor"] = new("02-activation", 0, "return RealSigmoid(null!).Apply(u);", [Accessor], "Sigmoid", ViolationKind.Forbidden, "calls RealSigmoid, which uses UnsafeAccessor"),
        ["unsafe-accessor-aliased"] = new("02-activation", 0, "return Real(null!).Apply(u);", ["""
            using UA = System.Runtime.CompilerServices.UnsafeAccessorAttribute;
            using K = System.Runtime.CompilerServices.UnsafeAccessorKind;
            [UA(K.StaticField, Name = "<Sigmoid>k__BackingField")] static extern ref Activation Real(Activation a);
            """], "Sigmoid", ViolationKind.Forbidden, "calls Real, which declares an extern method"),
        ["unbindable-then-reflection"] = new("02-activation", 0, """
            var context = Microsoft.DotNet.Interactive.KernelInvocationContext.Current;
            var field = Id(typeof(Activation)).GetField("<Sigmoid>k__BackingField", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static);
            return ((Activation)field!.GetValue(null)!).Apply(u);
            """, ["T Id<T>(T x) => x;"], "Sigmoid", ViolationKind.Forbidden, "uses reflection (System.Type.GetField)"),
        ["unreadable"] = new("02-activation", 0, "var hidden = SomethingTheGraderCannotFind.Compute(u);\n" + Sigmoid, [], "Sigmoid", ViolationKind.Unreadable, "CS0103"),
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

    [Fact]
    public void A_use_at_the_top_level_or_inside_a_type_of_the_students_is_charged_to_no_function()
    {
        var found = OwnWorkSnippets.Solved("02-activation", -1, "",
            "var v = new NeuralNetworks.Autograd.Value(2).Sigmoid();",
            "class Helper { public double Compute(double u) => new NeuralNetworks.Autograd.Value(u).Sigmoid().Data; }");
        Assert.Equal(2, found.In(null).Count(v => v.Kind == ViolationKind.NotAllowed && v.What.Contains("NeuralNetworks.Autograd.Value.Sigmoid", StringComparison.Ordinal)));
        Assert.True(found.All(v => v.Function is null), OwnWorkSnippets.Show(found));
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
    public void An_answer_member_is_named_as_the_answer_before_anything_else_it_breaks()
    {
        var found = OwnWorkSnippets.Solved("02-activation", 0, "return new NeuralNetworks.Layers.ActivationLayer(Activation.Sigmoid).Forward(Matrix<double>.Build.Dense(1, 1, u))[0, 0];");
        var first = found.In("Sigmoid").First();
        Assert.Equal(ViolationKind.AnswerMember, first.Kind);
        Assert.Contains("NeuralNetworks.Activations.Activation.Sigmoid, which is the answer itself", first.What);
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
