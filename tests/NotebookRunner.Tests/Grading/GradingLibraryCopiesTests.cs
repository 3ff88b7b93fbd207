using System.Reflection;
using System.Runtime.Loader;
using NotebookRunner.Sandbox;

namespace NotebookRunner.Tests.Grading;

/// <summary>
/// The grading build keeps no working copy of an answer reachable (issue 26): the rewritten DLL is loaded in a collectible
/// load context and read by reflection, the way UnsafeAccessor or a second program in the sandbox would read it. The static
/// backing field of an answer property holds null, the private helper and lambdas its initializer wraps throw, a private
/// delegate field only the answer reads holds null, and everything that is not the answer still computes. The real library,
/// read the same way, gives the working objects: the oracle that these reads would find a copy if one were left.
/// </summary>
public sealed class GradingLibraryCopiesTests
{
    private const BindingFlags Hidden = BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance;

    private static string RealLibrary => Path.Combine(CourseCopy.Repository, "lib", "NeuralNetworks", "bin", "Debug", "net8.0");

    [Fact]
    public void An_answer_property_s_backing_field_holds_nothing_and_what_its_initializer_wraps_throws()
    {
        var real = Load(RealLibrary, out var realContext);
        var grading = Load(GradingLibrary.Build(RealLibrary, ["NeuralNetworks.Activations.Activation.Sigmoid", "NeuralNetworks.Activations.Activation.ReLU"]), out var gradingContext);
        try
        {
            Assert.Equal(0.5, Apply(Field(real, "<Sigmoid>k__BackingField", null)!, 0.0));
            Assert.Equal(0.5, (double)Method(real, "Logistic").Invoke(null, [0.0])!);

            Assert.Null(Field(grading, "<Sigmoid>k__BackingField", null));
            Assert.Null(Field(grading, "<ReLU>k__BackingField", null));
            var thrown = Assert.Throws<TargetInvocationException>(() => Method(grading, "Logistic").Invoke(null, [0.0]));
            Assert.IsType<NotSupportedException>(thrown.InnerException);
            Assert.Contains("computes this assignment's answer", thrown.InnerException!.Message);
            var tanh = grading.GetProperty("Tanh")!.GetValue(null)!;
            Assert.Equal(Math.Tanh(0.5), Apply(tanh, 0.5), 15);
            Assert.Equal(1 - Math.Tanh(0.5) * Math.Tanh(0.5), (double)tanh.GetType().GetMethod("Derivative", [typeof(double)])!.Invoke(tanh, [0.5])!, 12);
        }
        finally
        {
            realContext.Unload();
            gradingContext.Unload();
        }
    }

    [Fact]
    public void A_private_delegate_field_only_the_answer_reads_holds_nothing_and_the_rest_of_the_type_still_works()
    {
        var grading = Load(GradingLibrary.Build(RealLibrary, ["NeuralNetworks.Activations.Activation.Derivative"]), out var context);
        try
        {
            var sigmoid = grading.GetProperty("Sigmoid")!.GetValue(null)!;
            Assert.Null(Field(grading, "derivative", sigmoid));
            Assert.NotNull(Field(grading, "function", sigmoid));
            Assert.Equal(0.5, Apply(sigmoid, 0.0));
        }
        finally
        {
            context.Unload();
        }
    }

    private static double Apply(object activation, double u) => (double)activation.GetType().GetMethod("Apply", [typeof(double)])!.Invoke(activation, [u])!;

    private static object? Field(Type type, string name, object? instance) => type.GetField(name, Hidden)!.GetValue(instance);

    private static MethodInfo Method(Type type, string name) => type.GetMethod(name, Hidden)!;

    /// <summary>NeuralNetworks.Activations.Activation from the library in <paramref name="folder"/>, in a load context of its own.</summary>
    private static Type Load(string folder, out AssemblyLoadContext context)
    {
        var own = new AssemblyLoadContext($"library {folder}", isCollectible: true);
        own.Resolving += (c, name) => File.Exists(Path.Combine(folder, name.Name + ".dll")) ? c.LoadFromAssemblyPath(Path.Combine(folder, name.Name + ".dll")) : null;
        context = own;
        using var bytes = File.OpenRead(Path.Combine(folder, GradingLibrary.LibraryFile));
        return own.LoadFromStream(bytes).GetType("NeuralNetworks.Activations.Activation", throwOnError: true)!;
    }
}
