namespace NeuralNetworks.Autograd;

/// <summary>
/// One visit of the backward sweep (lesson 08): <see cref="Node"/> is the node visited
/// (an id of the graph), and <see cref="Grads"/> holds every node's grad right after the visit. The
/// visited node's own grad is final at that moment: every node that uses it was visited before it.
/// </summary>
public sealed record BackwardStep(int Node, IReadOnlyList<double> Grads);

/// <summary>
/// <see cref="Value.Backward"/> replayed one node at a time on a graph snapshot,
/// for drawing and for reading along: grads start at 0 and the output's at 1 (∂out/∂out);
/// the nodes are visited from the output back to the inputs (reverse topological order),
/// and visiting node n adds ∂n/∂input · grad(n) to each input's grad — the chain rule,
/// summed over every path. It works from the snapshot's data and local derivatives alone,
/// so it gives the same grads whether or not Backward was called on the values.
/// </summary>
public static class BackwardSweep
{
    /// <summary>
    /// One step per node, output first; the last step's grads are what Backward computes.
    /// </summary>
    public static IReadOnlyList<BackwardStep> Steps(ComputationGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        if (graph.Nodes.Count == 0)
            throw new ArgumentException(
                "The graph has no nodes: build it from a Value, e.g. loss.Graph().",
                nameof(graph));
        var grads = new double[graph.Nodes.Count];
        grads[^1] = 1;
        var steps = new List<BackwardStep>();
        for (int n = graph.Nodes.Count - 1; n >= 0; n--)
        {
            GraphNode node = graph.Nodes[n];
            for (int i = 0; i < node.InputIds.Count; i++)
                grads[node.InputIds[i]] += node.LocalDerivatives[i] * grads[n];
            steps.Add(new BackwardStep(n, grads.ToArray()));
        }
        return steps;
    }
}
