using NeuralNetworks.Autograd;

namespace NeuralNetworks.Charts;

/// <summary>
/// Where each node of a computation graph is drawn
/// (for <see cref="Chart.ComputationGraph(Value, int)"/>), left to right in the direction of the
/// forward pass. Column: the last column less the number of steps on the longest path from the
/// node to the output, so every node is left of all the nodes that use it and the output is last.
/// Row: the inputs get rows 0, 1, 2, … in the order a walk back from the output meets them,
/// and an operation sits at the mean row of its inputs, so each sub-expression stays together;
/// nodes closer than 0.8 rows in one column are pushed apart.
/// </summary>
internal sealed record GraphLayout(IReadOnlyList<double> X, IReadOnlyList<double> Y)
{
    private const double MinimumGap = 0.8;

    public static GraphLayout Of(ComputationGraph graph)
    {
        int count = graph.Nodes.Count;
        var distance = new int[count];            // longest path from the node to the output
        for (int n = count - 1; n >= 0; n--)
            foreach (int input in graph.Nodes[n].InputIds)
                distance[input] = Math.Max(distance[input], distance[n] + 1);
        int columns = distance.Max();
        double[] x = distance.Select(d => (double)(columns - d)).ToArray();
        double[] y = Rows(graph);
        SpreadColumns(x, y);
        return new GraphLayout(x, y.Select(r => -r).ToArray());
    }

    private static double[] Rows(ComputationGraph graph)
    {
        var row = new double[graph.Nodes.Count];
        var placed = new bool[graph.Nodes.Count];
        double nextLeafRow = 0;
        void Place(int n)
        {
            if (placed[n]) return;
            placed[n] = true;
            IReadOnlyList<int> inputs = graph.Nodes[n].InputIds;
            foreach (int input in inputs)
                Place(input);
            row[n] = inputs.Count == 0 ? nextLeafRow++ : inputs.Average(i => row[i]);
        }
        Place(graph.Nodes.Count - 1);
        return row;
    }

    private static void SpreadColumns(double[] x, double[] y)
    {
        foreach (var column in Enumerable.Range(0, x.Length).GroupBy(n => x[n]))
        {
            int[] nodes = column.OrderBy(n => y[n]).ToArray();
            for (int k = 1; k < nodes.Length; k++)
                y[nodes[k]] = Math.Max(y[nodes[k]], y[nodes[k - 1]] + MinimumGap);
        }
    }
}
