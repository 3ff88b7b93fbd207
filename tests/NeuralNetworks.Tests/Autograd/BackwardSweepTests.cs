using NeuralNetworks.Autograd;

namespace NeuralNetworks.Tests.Autograd;

public class BackwardSweepTests
{
    /// <summary>Lesson 08's neuron: L = (σ(w1·x1 + w2·x2 + b) − 1)², 13 nodes.</summary>
    internal static Value Neuron()
    {
        var p1 = (new Value(0.4, "w1") * new Value(0.5, "x1")).Named("p1");
        var p2 = (new Value(-0.6, "w2") * new Value(0.3, "x2")).Named("p2");
        var u = ((p1 + p2).Named("s") + new Value(0.1, "b")).Named("u");
        return (u.Sigmoid().Named("o") - 1.0).Named("e").Pow(2).Named("L");
    }

    [Fact]
    public void The_last_step_has_the_grads_backward_computes()
    {
        Value loss = Neuron();
        IReadOnlyList<BackwardStep> steps = BackwardSweep.Steps(loss.Graph());
        loss.Backward();
        ComputationGraph after = loss.Graph();

        Assert.Equal(13, steps.Count);
        for (int n = 0; n < after.Nodes.Count; n++)
            Assert.Equal(after.Nodes[n].Grad, steps[^1].Grads[n], 15);
        Assert.Equal(-0.117087, steps[^1].Grads[after.Nodes.Single(x => x.Label == "w1").Id], 6);
    }

    [Fact]
    public void Nodes_are_visited_output_first_and_each_grad_is_final_when_visited()
    {
        ComputationGraph graph = Neuron().Graph();
        IReadOnlyList<BackwardStep> steps = BackwardSweep.Steps(graph);

        Assert.Equal(Enumerable.Range(0, 13).Reverse(), steps.Select(s => s.Node));
        Assert.Equal(1, steps[0].Grads[12]);
        for (int k = 0; k < steps.Count; k++)
            Assert.Equal(steps[^1].Grads[steps[k].Node], steps[k].Grads[steps[k].Node], 15);
    }

    [Fact]
    public void A_value_used_twice_collects_both_contributions_one_visit_at_a_time()
    {
        // z = x · x at x = 3: visiting z adds 3 along each of its two edges to the same x, so x's grad is 6.
        var x = new Value(3, "x");
        ComputationGraph graph = (x * x).Named("z").Graph();
        IReadOnlyList<BackwardStep> steps = BackwardSweep.Steps(graph);

        Assert.Equal(2, graph.Nodes.Count);
        Assert.Equal([1.0, 6.0], steps[0].Grads.Reverse());
    }

    [Fact]
    public void It_does_not_need_Backward_to_have_run()
    {
        Value loss = Neuron();
        ComputationGraph before = loss.Graph();

        Assert.All(before.Nodes, n => Assert.Equal(0, n.Grad));
        Assert.Equal(1, BackwardSweep.Steps(before)[^1].Grads[^1]);
        Assert.Throws<ArgumentException>(() => BackwardSweep.Steps(new ComputationGraph([])));
    }
}
