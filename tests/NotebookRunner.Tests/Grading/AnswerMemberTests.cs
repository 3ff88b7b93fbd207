using System.Text.Json.Nodes;
using Mono.Cecil;
using NotebookRunner.Grading;
using NotebookRunner.Notebooks;
using NotebookRunner.Tests.Support;

namespace NotebookRunner.Tests.Grading;

/// <summary>
/// Homework answers must be the student's own (issue 16): for each assignment, a submission that hands each answer function
/// to the library, one that reaches a member by reflection and one through a using alias earn nothing for those functions,
/// and the report names the member. The submissions are graded with the others in AssignmentGradingTests' folders.
/// </summary>
[Collection(GradingCollection.Name)]
public sealed class AnswerMemberTests(AssignmentGradingTests.Folders folders)
{
    private sealed record Case(Dictionary<int, string> Delegate, (int Region, string Body) Reflection, string Alias, (int Region, string Body) Aliased,
        string[] ReflectionFails, string Member);

    private static readonly Dictionary<string, Case> Cases = new()
    {
        ["02-activation"] = new(
            new() { [0] = "return Activation.Sigmoid.Apply(u);", [1] = "return Activation.Sigmoid.Derivative(u);", [2] = "return Activation.ReLU.Apply(u);", [3] = "return Activation.ReLU.Derivative(u);" },
            (0, "var sigmoid = typeof(Activation).GetProperty(\"Sigmoid\")!.GetValue(null)!;\nreturn (double)sigmoid.GetType().GetMethod(\"Apply\", new[] { typeof(double) })!.Invoke(sigmoid, new object[] { u })!;"),
            "using Act = NeuralNetworks.Activations.Activation;", (0, "return Act.Sigmoid.Apply(u);"),
            ["sigmoid-values", "sigmoid-large-inputs"], "NeuralNetworks.Activations.Activation.Sigmoid"),
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
        ["08-backprop"] = new(
            new() { [0] = LibraryBackward("NeuralNetworks.Layers.Network", "network.Backward();") },
            (0, LibraryBackward("NeuralNetworks.Layers.Network", "typeof(NeuralNetworks.Layers.Network).GetMethod(\"Backward\")!.Invoke(network, null);")),
            "using Net = NeuralNetworks.Layers.Network;", (0, LibraryBackward("Net", "network.Backward();")),
            ["backprop-shapes", "output-layer-gradients", "hidden-layer-gradients", "backprop-other-batches"], "NeuralNetworks.Layers.Network.Backward"),
    };

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

    [Fact]
    public void The_iris_assignment_declares_no_answer_members_because_it_asks_the_student_to_use_the_library()
    {
        Assert.Empty(CourseCopy.Load("09-iris").AnswerMembers);
        Assert.True(folders.ByAssignment["09-iris"]["solved"].FullMarks);
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
