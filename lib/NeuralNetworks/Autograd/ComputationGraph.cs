using System.Globalization;
using System.Text;

namespace NeuralNetworks.Autograd;

/// <summary>
/// One node of a computation graph, as a table row: ids refer to other rows of the same graph.
/// </summary>
public sealed record GraphNode(int Id, string Label, string Operation, double Data, double Grad,
    IReadOnlyList<int> InputIds, IReadOnlyList<double> LocalDerivatives);

/// <summary>
/// A snapshot of the graph behind a <see cref="Value"/> (lesson 08), in topological order
/// (inputs first, output last), for display: <c>y.Graph()</c> prints as a table of data, grad,
/// operation and local derivatives.
/// </summary>
public sealed record ComputationGraph(IReadOnlyList<GraphNode> Nodes)
{
    public string ToTable()
    {
        var text = new StringBuilder();
        text.AppendLine(string.Format(CultureInfo.InvariantCulture,
            "{0,4}  {1,-6} {2,-6} {3,12} {4,12}  {5,-10} {6}",
            "id", "label", "op", "data", "grad", "inputs", "∂node/∂input"));
        foreach (GraphNode n in Nodes)
        {
            string operation = n.Operation == "" ? "input" : n.Operation;
            string inputs = string.Join(", ", n.InputIds);
            string derivatives = string.Join(", ",
                n.LocalDerivatives.Select(d => d.ToString("G6", CultureInfo.InvariantCulture)));
            text.AppendLine(string.Format(CultureInfo.InvariantCulture,
                "{0,4}  {1,-6} {2,-6} {3,12:G6} {4,12:G6}  {5,-10} {6}",
                n.Id, n.Label, operation, n.Data, n.Grad, inputs, derivatives));
        }
        return text.ToString();
    }

    public override string ToString() => ToTable();
}

public sealed partial class Value
{
    /// <summary>
    /// The graph of this value as table rows (node id = position in topological order).
    /// </summary>
    public ComputationGraph Graph()
    {
        IReadOnlyList<Value> order = TopologicalOrder();
        var ids = new Dictionary<Value, int>(ReferenceEqualityComparer.Instance);
        for (int i = 0; i < order.Count; i++) ids[order[i]] = i;
        IEnumerable<GraphNode> nodes = order.Select((v, i) => new GraphNode(
            i, v.Label, v.Operation, v.Data, v.Grad,
            v.Inputs.Select(input => ids[input]).ToArray(), v.localDerivatives.ToArray()));
        return new ComputationGraph(nodes.ToArray());
    }
}
