using System.Text.Json.Nodes;
using Mono.Cecil;
using NotebookRunner.Assignments;
using NotebookRunner.Notebooks;
using NotebookRunner.Sandbox;
using NotebookRunner.Tests.Support;

namespace NotebookRunner.Tests.Grading;

/// <summary>
/// Homework answers must be the student's own (issue 16): for each assignment, a submission that hands each answer function
/// to the library, one that reaches a member by reflection and one through a using alias earn nothing for those functions,
/// and the report names the member. The submissions are graded with the others in AssignmentGradingTests' folders.
/// </summary>
[Collection(GradingCollection.Name)]
[Trait(Tier.Name, Tier.Full)]
public sealed class AnswerMemberTests(AssignmentGradingTests.Folders folders)
{
    private sealed record Case(Dictionary<int, string> Delegate, (int Region, string Body) Reflection, string Alias, (int Region, string Body) Aliased,
        string[] ReflectionFails, string Member);

    private static readonly Dictionary<string, Case> Cases = new()
    {
        ["01-perceptron-learning"] = new(
            new()
            {
                [0] = "return new Perceptron(w, b).Predict(x);",
                [1] = """
                    var one = new Dataset(x.ToRowMatrix(), [t], x.Select((_, i) => $"x{i + 1}").ToList(), ["0", "1"]);
                    var steps = PerceptronLearningSteps.Trace(one, eta, epochs: 1, start: new Perceptron(w, b));
                    var after = steps.Count == 0 ? new Perceptron(w, b) : steps[0].After;
                    return (after.Weights, after.Bias);
                    """,
                [2] = """
                    var result = PerceptronLearning.Train(data, eta, maxEpochs);
                    return (result.Final.Weights, result.Final.Bias, result.Mistakes.Count, result.Converged);
                    """,
            },
            (0, "var p = new Perceptron(w, b);\nreturn (int)typeof(Perceptron).GetMethod(\"Predict\", new[] { typeof(Vector<double>) })!.Invoke(p, new object[] { x })!;"),
            "using P = NeuralNetworks.Perceptrons.Perceptron;", (0, "return new P(w, b).Predict(x);"),
            ["perceptron-and-gate", "perceptron-three-inputs"], "NeuralNetworks.Perceptrons.Perceptron.Predict"),
        ["02-activation"] = new(
            new() { [0] = "return Activation.Sigmoid.Apply(u);", [1] = "return Activation.Sigmoid.Derivative(u);", [2] = "return Activation.ReLU.Apply(u);", [3] = "return Activation.ReLU.Derivative(u);" },
            (0, "var sigmoid = typeof(Activation).GetProperty(\"Sigmoid\")!.GetValue(null)!;\nreturn (double)sigmoid.GetType().GetMethod(\"Apply\", new[] { typeof(double) })!.Invoke(sigmoid, new object[] { u })!;"),
            "using Act = NeuralNetworks.Activations.Activation;", (0, "return Act.Sigmoid.Apply(u);"),
            ["sigmoid-values", "sigmoid-large-inputs"], "NeuralNetworks.Activations.Activation.Sigmoid"),
        ["03-linearity"] = new(
            new()
            {
                [0] = "return layers.Aggregate((a, b) => a.Then(b));",
                [1] = "return LinearityCheck.Check(u => f(u * x + y)[0], [0.0, a]).IsLinear ? 0 : 1;",
                [2] = """
                    var pair = LinearityCheck.Check(u => F(V(u, 0))[0], [1.0, -1.0]).Counterexample!;
                    return (V(pair.First, 0), V(pair.Second, 0));
                    """,
                [3] = """
                    var pair = LinearityCheck.Check(u => F(V(u, 0))[0], [1.0, -1.0]).Counterexample!;
                    return (pair.Second, V(pair.First, 0));
                    """,
            },
            (0, "var then = typeof(AffineMap).GetMethod(\"Then\")!;\nreturn layers.Aggregate((a, b) => (AffineMap)then.Invoke(a, new object[] { b })!);"),
            "using Map = NeuralNetworks.Linearity.AffineMap;", (0, "return layers.Aggregate((Map a, Map b) => a.Then(b));"),
            ["collapse-small-stacks", "collapse-deep-stacks"], "NeuralNetworks.Linearity.AffineMap.Then"),
        ["04-forward-pass"] = new(
            new()
            {
                [0] = "return new Dense(Matrix<double>.Build.DenseIdentity(S.ColumnCount), b).Forward(S);",
                [1] = "return Matrix<double>.Build.DenseOfRowVectors(Enumerable.Range(0, X.RowCount).Select(i => new NeuralNetworks.Linearity.AffineMap(W, b).Apply(X.Row(i))));",
                [2] = """
                    var net = new Network([new Dense(W1, b1), new ActivationLayer(Activation.ReLU), new Dense(W2, b2)], new SigmoidWithLoss());
                    var t = net.Trace(X);
                    return new Pass(t[1].Value, t[2].Value, t[3].Value, t[4].Value);
                    """,
            },
            (0, "var dense = new Dense(Matrix<double>.Build.DenseIdentity(S.ColumnCount), b);\nreturn (Matrix<double>)typeof(Dense).GetMethod(\"Forward\")!.Invoke(dense, new object[] { S, false })!;"),
            "using Layer = NeuralNetworks.Layers.Dense;", (0, "return new Layer(Matrix<double>.Build.DenseIdentity(S.ColumnCount), b).Forward(S);"),
            ["bias-row", "bias-row-any-batch"], "NeuralNetworks.Layers.Dense.Forward"),
        ["05-losses"] = new(
            new()
            {
                [0] = "return NeuralNetworks.Losses.MeanSquaredError.Loss(y, t);", [1] = "return NeuralNetworks.Losses.MeanSquaredError.Gradient(y, t);",
                [2] = "return CrossEntropyError.Loss(y, t);", [3] = "var layer = new NeuralNetworks.Layers.SoftmaxWithLoss();\nlayer.Loss(U, T);\nreturn layer.Backward();",
            },
            (0, "return (double)typeof(NeuralNetworks.Losses.MeanSquaredError).GetMethod(\"Loss\", new[] { typeof(Vector<double>), typeof(Vector<double>) })!.Invoke(null, new object[] { y, t })!;"),
            "using Mse = NeuralNetworks.Losses.MeanSquaredError;", (0, "return Mse.Loss(y, t);"),
            ["mse-values"], "NeuralNetworks.Losses.MeanSquaredError"),
        ["06-numerical-gradient"] = new(
            new() { [0] = "return NumericalDerivative.Central(f, x, h);", [1] = "return NumericalGradient.Of(f, x, h);" },
            (0, "return (double)typeof(NumericalDerivative).GetMethod(\"Central\")!.Invoke(null, new object[] { f, x, h })!;"),
            "using Nd = NeuralNetworks.Calculus.NumericalDerivative;", (0, "return Nd.Central(f, x, h);"),
            ["central-difference-square", "central-difference-is-central"], "NeuralNetworks.Calculus.NumericalDerivative"),
        ["07-gradient-descent"] = new(
            new()
            {
                [0] = "return GradientDescent.Minimize(gradient, start, learningRate, steps).Last;",
                [1] = """
                    try
                    {
                        var path = GradientDescent.Minimize(gradient, start, learningRate, maxSteps, f);
                        return path.Values!.ToList().FindIndex(v => v < target);
                    }
                    catch (GradientDescentDivergedException)
                    {
                        return -1;
                    }
                    """,
                // Power iteration, with Hv read off one library step of α = 1 from v (v − Hv).
                [2] = """
                    var v = Vector<double>.Build.Dense(H.RowCount, 1.0);
                    for (int k = 0; k < 200; k++)
                        v = (v - GradientDescent.Minimize(w => H * w, v, 1.0, steps: 1).Last).Normalize(2);
                    return 2 / (H * v).L2Norm();
                    """,
            },
            (0, """
                var minimize = typeof(GradientDescent).GetMethods()
                    .First(m => m.Name == "Minimize" && m.GetParameters()[1].ParameterType == typeof(Vector<double>));
                return ((DescentPath)minimize.Invoke(null, new object?[] { gradient, start, learningRate, steps, null, 0.0 })!).Last;
                """),
            "using Walk = NeuralNetworks.Calculus.GradientDescent;", (0, "return Walk.Minimize(gradient, start, learningRate, steps).Last;"),
            ["descend-small-cases", "descend-other-walks"], "NeuralNetworks.Calculus.GradientDescent"),
        ["08-backprop"] = new(
            new() { [0] = LibraryBackward("NeuralNetworks.Layers.Network", "network.Backward();") },
            (0, LibraryBackward("NeuralNetworks.Layers.Network", "typeof(NeuralNetworks.Layers.Network).GetMethod(\"Backward\")!.Invoke(network, null);")),
            "using Net = NeuralNetworks.Layers.Network;", (0, LibraryBackward("Net", "network.Backward();")),
            ["backprop-shapes", "output-layer-gradients", "hidden-layer-gradients", "hidden-layer-gradients-batch-of-5", "backprop-other-batches"],
            "NeuralNetworks.Layers.Network.Backward"),
        ["10-optimizers"] = new(
            new()
            {
                [0] = LibraryStep("new Momentum(alpha, mu)", "return (p.Value.Row(0), p.Value.Row(0) - w);"),
                [1] = LibraryStep("new RMSProp(alpha, rho)", "return (p.Value.Row(0), g.PointwiseMultiply(g));"),
                [2] = LibraryStep("new Adam(alpha, beta1, beta2)", "return (p.Value.Row(0), m, v);"),
            },
            (0, """
                var p = new NeuralNetworks.Layers.Parameter("w", w.ToRowMatrix());
                p.Gradient.SetRow(0, g);
                typeof(Momentum).GetMethod("Step")!.Invoke(new Momentum(alpha, mu), new object[] { new[] { p } });
                return (p.Value.Row(0), p.Value.Row(0) - w);
                """),
            "using Mo = NeuralNetworks.Optimizers.Momentum;",
            (0, LibraryStep("new Mo(alpha, mu)", "return (p.Value.Row(0), p.Value.Row(0) - w);")),
            ["momentum-in-the-valley", "momentum-other-settings"], "NeuralNetworks.Optimizers.Momentum"),
    };

    /// <summary>One step of a library optimizer on the weights as a 1×n parameter (the memory passed in is ignored).</summary>
    private static string LibraryStep(string optimizer, string result) => $$"""
        var p = new NeuralNetworks.Layers.Parameter("w", w.ToRowMatrix());
        p.Gradient.SetRow(0, g);
        {{optimizer}}.Step([p]);
        {{result}}
        """;

    private static string LibraryBackward(string network, string backward) => $$"""
        var layers = new NeuralNetworks.Layers.ILayer[]
        {
            new NeuralNetworks.Layers.Dense(W1, b1), new NeuralNetworks.Layers.ActivationLayer(Activation.Sigmoid),
            new NeuralNetworks.Layers.Dense(W2, b2),
        };
        var network = new {{network}}(layers, new NeuralNetworks.Layers.SoftmaxWithLoss());
        network.Loss(X, T);
        {{backward}}
        var p = network.Parameters;
        return new Gradients(p[0].Gradient, p[1].Gradient, p[2].Gradient, p[3].Gradient);
        """;

    /// <summary>The three submissions each assignment adds to its graded folder.</summary>
    public static IEnumerable<(string, JsonObject)> Variants(string name, Assignment assignment)
    {
        if (!Cases.TryGetValue(name, out var c)) yield break;
        yield return ("delegates", SubmissionVariants.WithRegionsReplaced(assignment, c.Delegate));
        yield return ("reflection", SubmissionVariants.WithRegionReplaced(assignment, c.Reflection.Region, c.Reflection.Body));
        var aliased = SubmissionVariants.WithRegionReplaced(assignment, c.Aliased.Region, c.Aliased.Body);
        var declaration = ((JsonArray)aliased["cells"]!).Select((cell, i) => (cell, i)).First(x => Markers.IsAnswerMembers(NotebookReader.Source(x.cell!["source"]))).i;
        yield return ("alias", CourseCopy.WithCellAt(aliased, declaration + 1, c.Alias));
    }

    public static TheoryData<string> Assignments() => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(Assignments))]
    public void Handing_every_answer_to_the_library_earns_nothing_and_names_the_members(string name)
    {
        var report = folders.ByAssignment[name]["delegates"];
        Assert.Equal(0, report.Earned);
        Assert.All(report.Checks, check => Assert.Contains("which is the answer itself", check.Message));
        Assert.Contains(report.Checks, check => check.Message.Contains(Cases[name].Member, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Assignments))]
    public void Reaching_a_member_by_reflection_earns_nothing_for_that_function(string name)
    {
        var folder = folders.ByAssignment[name];
        var report = folder["reflection"];
        var failing = Cases[name].ReflectionFails;
        Assert.Equal(failing.Order(), report.Checks.Where(c => !c.Passed).Select(c => c.Name).Order());
        Assert.All(report.Checks.Where(c => !c.Passed), c => Assert.Contains("uses reflection", c.Message));
        Assert.Equal(folder.Assignment.Possible - folder.Assignment.Checks.Where(c => failing.Contains(c.Name)).Sum(c => c.Points), report.Earned);
    }

    [Theory]
    [MemberData(nameof(Assignments))]
    public void Reaching_a_member_through_a_using_alias_earns_nothing_and_names_it(string name)
    {
        var folder = folders.ByAssignment[name];
        var report = folder["alias"];
        var failing = Cases[name].ReflectionFails;
        Assert.Equal(failing.Order(), report.Checks.Where(c => !c.Passed).Select(c => c.Name).Order());
        Assert.All(report.Checks.Where(c => !c.Passed), c => Assert.Contains(Cases[name].Member, c.Message));
    }

    [Theory]
    [InlineData("09-iris")]
    [InlineData("11-playground")]
    public void An_assignment_that_asks_the_student_to_use_the_library_declares_no_answer_members(string name)
    {
        Assert.Empty(CourseCopy.Load(name).AnswerMembers);
        Assert.True(folders.ByAssignment[name]["solved"].FullMarks);
    }

    [Fact]
    public void Every_assignment_that_declares_answer_members_has_a_case_here()
    {
        var declaring = CourseCopy.Names.Where(name => CourseCopy.Load(name).AnswerMembers.Count > 0);
        Assert.Equal(declaring.Order(), Cases.Keys.Order());
    }

    [Fact]
    public void Every_homework_declares_its_answer_members_in_one_cell_that_release_keeps()
    {
        foreach (var name in CourseCopy.Names)
        {
            var assignment = CourseCopy.Load(name);
            var released = Releaser.Release(assignment);
            Assert.Single(((JsonArray)released["cells"]!), c => Markers.IsAnswerMembers(NotebookReader.Source(c!["source"])));
        }
    }

    [Fact]
    public void An_unknown_answer_member_is_refused_naming_the_cell_and_line()
    {
        var source = Nbrun.Read(CourseCopy.SourcePath("02-activation"));
        foreach (var cell in (JsonArray)source["cells"]!)
            if (Markers.IsAnswerMembers(NotebookReader.Source(cell!["source"])))
                cell["source"] = "// ANSWER MEMBERS\nAnswerMembers.Declare(\n    \"NeuralNetworks.Activations.Activation.Sigmoid\",\n    \"NeuralNetworks.Activations.Activation.Softplus\");";
        var path = CourseCopy.Save(source, "02-activation.ipynb");
        var error = Assert.Throws<NotebookException>(() => Assignment.Load(path));
        Assert.Matches(@"02-activation\.ipynb cell \d+, line 4: 'NeuralNetworks\.Activations\.Activation\.Softplus' is not a type or member of the course library", error.Message);
    }

    [Fact]
    public void The_grading_build_makes_exactly_the_declared_members_throw()
    {
        var library = Path.Combine(CourseCopy.Repository, "lib", "NeuralNetworks", "bin", "Debug", "net8.0");
        var folder = GradingLibrary.Build(library, ["NeuralNetworks.Activations.Activation.Sigmoid", "NeuralNetworks.Calculus.NumericalGradient"]);
        using var module = ModuleDefinition.ReadModule(Path.Combine(folder, GradingLibrary.LibraryFile));
        static string Body(MethodDefinition m) => string.Join(" ", m.Body.Instructions.Select(i => i.OpCode.Name));
        var activation = module.GetType("NeuralNetworks.Activations.Activation");
        Assert.Equal("ldstr newobj throw", Body(activation.Methods.Single(m => m.Name == "get_Sigmoid")));
        Assert.Equal("NeuralNetworks.Activations.Activation.Sigmoid is the answer to this assignment: write it yourself.",
            activation.Methods.Single(m => m.Name == "get_Sigmoid").Body.Instructions[0].Operand);
        Assert.NotEqual("ldstr newobj throw", Body(activation.Methods.Single(m => m.Name == "get_ReLU")));
        var gradient = module.GetType("NeuralNetworks.Calculus.NumericalGradient");
        Assert.All(gradient.Methods.Where(m => !m.IsConstructor && m.HasBody), m => Assert.Equal("ldstr newobj throw", Body(m)));
        Assert.True(File.Exists(Path.Combine(folder, "MathNet.Numerics.dll")));
    }
}
