namespace NeuralNetworks.Autograd;

public sealed partial class Value
{
    /// <summary>
    /// Backpropagation from this value (lesson 08). Sets every Grad in the graph to 0, seeds this
    /// value's Grad = 1 (∂out/∂out), then visits the nodes from the output back to the inputs
    /// (reverse topological order, so a node's Grad is complete before it is passed on) and applies
    /// the chain rule: input.Grad += ∂node/∂input · node.Grad. The += is why a value used twice
    /// receives both contributions.
    /// </summary>
    public void Backward()
    {
        IReadOnlyList<Value> order = TopologicalOrder();
        foreach (Value node in order)
            node.Grad = 0;
        Grad = 1;
        for (int n = order.Count - 1; n >= 0; n--)
        {
            Value node = order[n];
            for (int i = 0; i < node.Inputs.Count; i++)
                node.Inputs[i].Grad += node.localDerivatives[i] * node.Grad;
        }
    }

    /// <summary>
    /// Every node this value depends on, inputs before the nodes that use them, this value last.
    /// </summary>
    public IReadOnlyList<Value> TopologicalOrder()
    {
        var order = new List<Value>();
        var visited = new HashSet<Value>(ReferenceEqualityComparer.Instance);
        var stack = new Stack<(Value Node, bool InputsDone)>();
        stack.Push((this, false));
        while (stack.Count > 0)
        {
            (Value node, bool inputsDone) = stack.Pop();
            if (inputsDone) { order.Add(node); continue; }
            if (!visited.Add(node)) continue;
            stack.Push((node, true));
            for (int i = node.Inputs.Count - 1; i >= 0; i--)
                if (!visited.Contains(node.Inputs[i])) stack.Push((node.Inputs[i], false));
        }
        return order;
    }
}
