using System.Security.Cryptography;
using System.Text;
using Mono.Cecil;
using Mono.Cecil.Cil;

namespace NotebookRunner.Sandbox;

/// <summary>
/// The build of the course library a submission is graded with: a copy of the library's folder in
/// which every answer member of the assignment throws NotSupportedException("… is the answer to
/// this assignment: write it yourself"), whether it is called directly, through an alias, a
/// delegate or reflection, and no working copy of an answer stays reachable by other routes: the
/// fields only answers read hold null, and the hidden methods only answers reach throw
/// (<see cref="AnswerCopies"/>). Mono.Cecil rewrites the compiled assembly (no rebuild from
/// source). Builds are cached in the temp folder by the hash of the library, the member list and
/// nbrun's build; a build is written to a temp folder and renamed into place, so a reader never
/// sees half of one.
/// </summary>
public static class GradingLibrary
{
    public const string LibraryFile = "NeuralNetworks.dll";

    public static string Build(string libraryFolder, IReadOnlyList<string> members)
    {
        var library = Path.Combine(libraryFolder, LibraryFile);
        if (!File.Exists(library))
            throw new FileNotFoundException(
                $"the course library is missing: {library}. Build it with `dotnet build " +
                "course.sln`.", library);
        // The rewriter's own build is part of the key: a build made by an older nbrun may keep what
        // this one removes.
        var rewriter = typeof(GradingLibrary).Assembly.ManifestModule.ModuleVersionId.ToString();
        var key = Convert.ToHexString(
            SHA256.HashData(
                [.. File.ReadAllBytes(library),
                    .. Encoding.UTF8.GetBytes(rewriter + "\n" +
                        string.Join("\n", members))]))[..16];
        var target = Path.Combine(Path.GetTempPath(), "nbrun-grading-library", key);
        if (Directory.Exists(target)) return target;
        var staging = target + "." + Guid.NewGuid().ToString("N");
        Directory.CreateDirectory(staging);
        foreach (var file in Directory.EnumerateFiles(libraryFolder, "*.dll"))
            if (Path.GetFileName(file) != LibraryFile)
                File.Copy(file, Path.Combine(staging, Path.GetFileName(file)));
        Rewrite(library, members, Path.Combine(staging, LibraryFile));
        try
        {
            Directory.Move(staging, target);
        }
        catch (IOException) when (Directory.Exists(target))
        {
            Directory.Delete(staging, recursive: true);
        }
        return target;
    }

    private static void Rewrite(string library, IReadOnlyList<string> members, string output)
    {
        using var module = ModuleDefinition.ReadModule(library);
        var exception = new TypeReference("System", nameof(NotSupportedException), module,
            module.TypeSystem.CoreLibrary);
        var constructor = new MethodReference(".ctor", module.TypeSystem.Void,
            exception)
        { HasThis = true };
        constructor.Parameters.Add(new ParameterDefinition(module.TypeSystem.String));
        var answers = members.SelectMany(name => MethodsOf(module, name).Where(m => m.HasBody)
            .Select(method => (Name: name, Method: method))).ToList();
        var copies = AnswerCopies.Neutralize(module, answers.Select(a => a.Method).ToHashSet());
        foreach (var (name, method) in answers)
            Throw(method, $"{name} is the answer to this assignment: write it yourself.",
                constructor);
        foreach (var method in copies)
            Throw(method,
                $"{method.DeclaringType.FullName}.{method.Name} computes this assignment's " +
                "answer: write it yourself.", constructor);
        module.Write(output);
    }

    /// <summary>A whole type: every method of it and of its nested types but its own constructors;
    /// a member: its overloads and accessors.</summary>
    private static IEnumerable<MethodDefinition> MethodsOf(ModuleDefinition module, string name)
    {
        if (module.GetType(name) is { } whole)
            return whole.Methods.Where(m => !m.IsConstructor)
                .Concat(whole.NestedTypes.SelectMany(Nested));
        var dot = name.LastIndexOf('.');
        var type = module.GetType(name[..dot])
            ?? throw new ArgumentException($"{name}: no such type in {module.Name}.");
        var member = name[(dot + 1)..];
        var found = type.Methods.Where(m => m.Name == member || m.Name == "get_" + member
            || m.Name == "set_" + member).ToList();
        return found.Count > 0 ? found
            : throw new ArgumentException(
                $"{name}: {type.FullName} has no member {member} that runs code.");
    }

    private static IEnumerable<MethodDefinition> Nested(TypeDefinition type) =>
        type.Methods.Concat(type.NestedTypes.SelectMany(Nested));

    private static void Throw(MethodDefinition method, string message, MethodReference constructor)
    {
        var body = method.Body;
        body.Instructions.Clear();
        body.ExceptionHandlers.Clear();
        body.Variables.Clear();
        var il = body.GetILProcessor();
        il.Emit(OpCodes.Ldstr, message);
        il.Emit(OpCodes.Newobj, constructor);
        il.Emit(OpCodes.Throw);
    }
}
