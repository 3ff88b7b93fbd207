using Microsoft.CodeAnalysis;

namespace NotebookRunner.Judging;

/// <summary>
/// The student's functions (script methods, local functions, properties), what each uses that is not their own work, and
/// which of them calls which. A use is charged to the function it sits in and to every function of the student's that
/// reaches that one through calls, so a check that calls only a harmless-looking wrapper still fails.
/// </summary>
internal sealed class CallGraph
{
    private readonly List<(int Cell, ISymbol? Function, ViolationKind Kind, string What)> found = [];
    private readonly Dictionary<ISymbol, HashSet<ISymbol>> calls = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<ISymbol, (int Cell, string Name)> names = new(SymbolEqualityComparer.Default);

    public void Declare(ISymbol function, int cell) => names[function] = (cell, function.Name);

    public void Use(int cell, ISymbol? function, ViolationKind kind, string what) => found.Add((cell, function, kind, what));

    public void Call(ISymbol caller, ISymbol callee)
    {
        if (!calls.TryGetValue(caller, out var callees)) calls[caller] = callees = new(SymbolEqualityComparer.Default);
        callees.Add(callee);
    }

    /// <summary>Every violation, direct and through calls, the most telling kind first (answer members, then forbidden uses, …).</summary>
    public IReadOnlyList<Violation> Violations()
    {
        var result = found.Select(f => new Violation(f.Cell, f.Function is null ? null : Name(f.Function), f.What, f.Kind)).ToList();
        foreach (var (function, (cell, name)) in names)
            foreach (var callee in Reachable(function).Where(r => !SymbolEqualityComparer.Default.Equals(r, function)))
                foreach (var direct in found.Where(f => SymbolEqualityComparer.Default.Equals(f.Function, callee)))
                    result.Add(new Violation(cell, name, $"calls {Name(callee)}, which {direct.What}", direct.Kind));
        return result.DistinctBy(v => (v.Cell, v.Function, v.What)).OrderBy(v => v.Kind).ToList();
    }

    private IEnumerable<ISymbol> Reachable(ISymbol start)
    {
        var seen = new HashSet<ISymbol>(SymbolEqualityComparer.Default) { start };
        var queue = new Queue<ISymbol>([start]);
        while (queue.TryDequeue(out var next))
            foreach (var callee in calls.GetValueOrDefault(next) ?? [])
                if (seen.Add(callee)) queue.Enqueue(callee);
        return seen;
    }

    private string Name(ISymbol function) => names.TryGetValue(function, out var known) ? known.Name : function.Name;
}
