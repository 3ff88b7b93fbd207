using Mono.Cecil;
using Mono.Cecil.Cil;

namespace NotebookRunner.Sandbox;

/// <summary>
/// Finds what still computes an answer in the grading build once the answer members throw, so
/// nothing reading the library's insides (UnsafeAccessor, reflection, a second program) gets a
/// working copy: a private field that only answer code reads (the static backing field of
/// `Activation.Sigmoid { get; } = new(…)`, Activation's `derivative` delegates when Derivative is
/// the answer) is stored as null wherever it is set, and a method nothing but answer code reaches
/// (the lambdas and the private Logistic that Sigmoid's initializer hands to the object it stores)
/// is returned, for the caller to make throw. An initializer's instructions in a static
/// constructor, up to the store into such a field, count as answer code. Public methods stay as
/// they are: they are the library's interface to everything that is not the answer.
/// </summary>
internal static class AnswerCopies
{
    /// <summary>Nulls the stores of the answers' own fields, and returns the hidden methods only
    /// the answers reach.</summary>
    public static IReadOnlyList<MethodDefinition> Neutralize(ModuleDefinition module,
        IReadOnlySet<MethodDefinition> answers)
    {
        var bodies = module.GetTypes().SelectMany(t => t.Methods).Where(m => m.HasBody).ToList();
        var fieldUses = new Dictionary<FieldDefinition,
            List<(MethodDefinition Method, Instruction Instruction)>>();
        var methodUses = new Dictionary<MethodDefinition, List<Instruction>>();
        foreach (var method in bodies)
            foreach (var instruction in method.Body.Instructions)
            {
                if (instruction.Operand is FieldReference f && IsLocal(f, module)
                    && f.Resolve() is { } field) Add(fieldUses, field, (method, instruction));
                if (instruction.Operand is MethodReference m && IsLocal(m, module)
                    && m.Resolve() is { } target) Add(methodUses, target, instruction);
            }
        var answerCode = new HashSet<Instruction>(answers.SelectMany(m => m.Body.Instructions));
        foreach (var (field, uses) in fieldUses.Where(f => !f.Key.IsPublic
            && !f.Key.FieldType.IsValueType && !f.Key.FieldType.IsGenericParameter))
        {
            var elsewhere = uses.Where(u => !answers.Contains(u.Method)).ToList();
            if (elsewhere.Count == uses.Count || elsewhere.Any(u => !IsStore(u.Instruction)))
                continue;
            foreach (var (method, store) in elsewhere)
            {
                if (method.IsConstructor && method.IsStatic)
                    answerCode.UnionWith(Initializer(method, store));
                StoreNull(method, store, field);
            }
        }
        var hidden = new List<MethodDefinition>();
        for (var grew = true; grew;)
        {
            grew = false;
            foreach (var (method, callers) in methodUses.Where(u => !answers.Contains(u.Key)
                && !hidden.Contains(u.Key) && u.Key.HasBody && IsHidden(u.Key)))
            {
                if (!callers.All(answerCode.Contains)) continue;
                hidden.Add(method);
                answerCode.UnionWith(method.Body.Instructions);
                grew = true;
            }
        }
        return hidden;
    }

    private static bool IsLocal(MemberReference member, ModuleDefinition module) =>
        member.DeclaringType?.GetElementType().Scope == module;

    private static void Add<TKey, TValue>(Dictionary<TKey, List<TValue>> index, TKey key,
        TValue value) where TKey : notnull
    {
        if (!index.TryGetValue(key, out var list)) index[key] = list = [];
        list.Add(value);
    }

    private static bool IsStore(Instruction instruction) =>
        instruction.OpCode.Code is Code.Stfld or Code.Stsfld;

    /// <summary>Not callable from outside the library by name: private, internal, or inside a type
    /// that is.</summary>
    private static bool IsHidden(MethodDefinition method) =>
        !method.IsConstructor
        && (!(method.IsPublic || method.IsFamily || method.IsFamilyOrAssembly)
            || !IsVisible(method.DeclaringType));

    private static bool IsVisible(TypeDefinition type) =>
        type.IsNested ? (type.IsNestedPublic || type.IsNestedFamily
            || type.IsNestedFamilyOrAssembly) && IsVisible(type.DeclaringType) : type.IsPublic;

    /// <summary>The instructions from the last store into another static field of the same type up
    /// to this store: one initializer.</summary>
    private static IEnumerable<Instruction> Initializer(MethodDefinition constructor,
        Instruction store)
    {
        var instructions = constructor.Body.Instructions;
        var start = instructions.IndexOf(store);
        while (start > 0 && !(instructions[start - 1].OpCode.Code == Code.Stsfld
            && ((FieldReference)instructions[start - 1].Operand)
                .DeclaringType.Resolve() == constructor.DeclaringType)) start--;
        return instructions.Skip(start).Take(instructions.IndexOf(store) - start + 1).ToList();
    }

    /// <summary>The store becomes pop, then null is stored: branches that land on the store still
    /// find the value to drop.</summary>
    private static void StoreNull(MethodDefinition method, Instruction store, FieldDefinition field)
    {
        var il = method.Body.GetILProcessor();
        var opcode = store.OpCode;
        store.OpCode = OpCodes.Pop;
        store.Operand = null;
        var nothing = il.Create(OpCodes.Ldnull);
        il.InsertAfter(store, nothing);
        il.InsertAfter(nothing, il.Create(opcode, method.Module.ImportReference(field)));
    }
}
