using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace NotebookRunner.Judging;

/// <summary>
/// The student's functions (script methods, local functions, properties), what each uses that is
/// not their own work, and which of them calls which. A use is charged to the function it sits in
/// and to every function of the student's that reaches that one through calls, so a check that
/// calls only a harmless-looking wrapper still fails. A charged function with a body of its own
/// does not run at all: <see cref="Neutralised"/> gives the edits that make its body throw, so top
/// level code that calls it (the assignment's own demo cells do) runs none of it, and nothing it
/// could have left behind reaches another function. A charged function without a body to replace
/// (an extern method, an auto-property with an initializer) that top-level code calls is charged to
/// the top level, since what runs there can reach any function.
/// </summary>
internal sealed class CallGraph
{
    private readonly List<(int Cell, ISymbol? Function, ViolationKind Kind, string What)> found =
        [];
    private readonly Dictionary<ISymbol, HashSet<ISymbol>> calls =
        new(SymbolEqualityComparer.Default);
    private readonly Dictionary<ISymbol, (int Cell, string Name)> names =
        new(SymbolEqualityComparer.Default);
    private readonly Dictionary<ISymbol, IReadOnlyList<TextEdit>> bodies =
        new(SymbolEqualityComparer.Default);
    private readonly List<(int Cell, ISymbol Callee)> topLevelCalls = [];

    /// <param name="body">The edits that make the function throw instead of running, or null when
    /// it has no body to replace.</param>
    public void Declare(ISymbol function, int cell, IReadOnlyList<TextEdit>? body)
    {
        names[function] = (cell, function.Name);
        if (body is not null) bodies[function] = body;
    }

    public void Use(int cell, ISymbol? function, ViolationKind kind, string what) =>
        found.Add((cell, function, kind, what));

    public void CallFromTopLevel(int cell, ISymbol callee) => topLevelCalls.Add((cell, callee));

    public void Call(ISymbol caller, ISymbol callee)
    {
        if (!calls.TryGetValue(caller, out var callees))
            calls[caller] = callees = new(SymbolEqualityComparer.Default);
        callees.Add(callee);
    }

    /// <summary>Every violation, direct and through calls, the most telling kind first (answer
    /// members, then forbidden uses, …).</summary>
    public IReadOnlyList<Violation> Violations()
    {
        var result = found.Select(f =>
            new Violation(f.Cell, f.Function is null ? null : Name(f.Function), f.What, f.Kind))
            .ToList();
        foreach (var (function, (cell, name)) in names)
            foreach (var (callee, direct) in ChargesReached(function))
                result.Add(new Violation(cell, name, $"calls {Name(callee)}, which {direct.What}",
                    direct.Kind));
        // A charged function that is neutralised runs nothing when top-level code calls it; one
        // that is not, runs.
        foreach (var (cell, first) in topLevelCalls.Where(c => !bodies.ContainsKey(c.Callee)))
            foreach (var (callee, direct) in ChargesReached(first, itself: true))
                result.Add(new Violation(cell, null, $"calls {Name(callee)}, which {direct.What}",
                    direct.Kind));
        // One finding of each kind per function and cell is enough to say why; the rest repeats it.
        return result.DistinctBy(v => (v.Cell, v.Function, v.Kind)).OrderBy(v => v.Kind).ToList();
    }

    /// <summary>Per cell, the edits that make every charged function with a body throw instead of
    /// running.</summary>
    public IReadOnlyDictionary<int, List<TextEdit>> Neutralised()
    {
        var edits = new Dictionary<int, List<TextEdit>>();
        foreach (var (function, body) in bodies)
        {
            if (!found.Any(f => f.Function is not null
                && SymbolEqualityComparer.Default.Equals(f.Function, function))
                && !ChargesReached(function).Any())
                continue;
            var cell = names[function].Cell;
            if (!edits.TryGetValue(cell, out var list)) edits[cell] = list = [];
            list.AddRange(body);
        }
        return edits;
    }

    /// <summary>The charges of the functions <paramref name="start"/> reaches through calls, itself
    /// left out unless asked.</summary>
    private IEnumerable<(ISymbol Callee,
        (int Cell, ISymbol? Function, ViolationKind Kind, string What) Direct)> ChargesReached(
        ISymbol start, bool itself = false) =>
        from callee in Reachable(start)
        where itself || !SymbolEqualityComparer.Default.Equals(callee, start)
        from direct in found
        where SymbolEqualityComparer.Default.Equals(direct.Function, callee)
        select (callee, direct);

    private IEnumerable<ISymbol> Reachable(ISymbol start)
    {
        var seen = new HashSet<ISymbol>(SymbolEqualityComparer.Default) { start };
        var queue = new Queue<ISymbol>([start]);
        while (queue.TryDequeue(out var next))
            foreach (var callee in calls.GetValueOrDefault(next) ?? [])
                if (seen.Add(callee)) queue.Enqueue(callee);
        return seen;
    }

    private string Name(ISymbol function) =>
        names.TryGetValue(function, out var known) ? known.Name : function.Name;
}
