// The live playground: the code the page runs when you press Play after a change, or Reset.
// The controls above write `playgroundSettings`; edit this code, then press Reset to run yours.
// Each frame calls the function given to animate(…) with a number of epochs and draws what it
// returns. The same library calls as lesson 11's cells: ToyData, Network, SGD, Trainer, Chart.
var (pgSet, pgNoise, pgHidden, pgActivation, pgRate, pgBatch, pgL2, pgSeed) = playgroundSettings;
Dataset pgData = pgSet switch
{
    "circles" => ToyData.Circles(200, pgNoise, pgSeed),
    "moons" => ToyData.Moons(200, pgNoise, pgSeed),
    "spiral" => ToyData.Spirals(200, classes: 2, pgNoise, pgSeed),
    _ => ToyData.XorClouds(200, pgNoise, pgSeed),
};
DataSplit pgSplit = pgData.Split(trainFraction: 0.5, validationFraction: 0.5, seed: pgSeed);
var pgNetwork = new Network([2, .. pgHidden, 2], pgActivation, seed: pgSeed);
var pgOptimizer = new SGD(pgRate);
int pgEpoch = 0;

animate(epochs =>
{
    // A different shuffle for every stretch of epochs, the same for the same settings;
    // 0 epochs draws the untrained network.
    if (epochs > 0)
        Trainer.Fit(pgNetwork, pgSplit.Train, pgOptimizer, epochs: epochs, batchSize: pgBatch,
                    seed: pgSeed + pgEpoch, weightDecay: pgL2);
    pgEpoch += epochs;
    var held = pgSplit.Validation;
    var (loss, accuracy) = Trainer.Evaluate(pgNetwork, held.Features,
                                            pgNetwork.Targets(held.Labels));
    Figure picture = pgHidden.Length == 0 || pgHidden[0] > 8
        ? Chart.DecisionBoundary(pgData, pgNetwork.Predict, resolution: 40)
        : Chart.HiddenUnits(pgNetwork, pgData, 1, resolution: 30);
    return picture.WithTitle($"epoch {pgEpoch}: held-out loss {loss:F3}, accuracy {accuracy:P0}");
});
