using NeuralNetworks.Data;

namespace NeuralNetworks.Tests.Data;

public class ToyDataTests
{
    [Theory]
    [InlineData("And", new[] { 0, 0, 0, 1 })]
    [InlineData("Or", new[] { 0, 1, 1, 1 })]
    [InlineData("Nand", new[] { 1, 1, 1, 0 })]
    [InlineData("Xor", new[] { 0, 1, 1, 0 })]
    public void GatesAreTheirTruthTables(string gate, int[] expected)
    {
        Dataset d = gate switch { "And" => ToyData.And(), "Or" => ToyData.Or(), "Nand" => ToyData.Nand(), _ => ToyData.Xor() };

        Assert.Equal(new double[,] { { 0, 0 }, { 0, 1 }, { 1, 0 }, { 1, 1 } }, d.Features.ToArray());
        Assert.Equal(expected, d.Labels);
        Assert.Equal(["0", "1"], d.ClassNames);
        Assert.Equal(["x1", "x2"], d.FeatureNames);
    }

    public static TheoryData<string, int> Generators => new()
    {
        { "Blobs", 2 }, { "Circles", 2 }, { "Moons", 2 }, { "Spirals", 3 }, { "XorClouds", 2 },
    };

    private static Dataset Make(string name, int n, int seed) => name switch
    {
        "Blobs" => ToyData.Blobs(n, seed),
        "Circles" => ToyData.Circles(n, 0.1, seed),
        "Moons" => ToyData.Moons(n, 0.1, seed),
        "Spirals" => ToyData.Spirals(n, 3, 0.05, seed),
        _ => ToyData.XorClouds(n, 0.1, seed),
    };

    [Theory]
    [MemberData(nameof(Generators))]
    public void GeneratorsGiveNPointsWithBalancedClasses(string name, int classes)
    {
        Dataset d = Make(name, 101, seed: 1);

        Assert.Equal(101, d.Count);
        Assert.Equal(2, d.FeatureCount);
        Assert.Equal(classes, d.ClassCount);
        Assert.All(Enumerable.Range(0, classes), k => Assert.InRange(d.Labels.Count(l => l == k), 101 / 4, 101 / classes + 1));
    }

    [Theory]
    [MemberData(nameof(Generators))]
    public void SameSeedSamePointsOtherSeedOtherPoints(string name, int classes)
    {
        Assert.Equal(Make(name, 60, seed: 4).Features, Make(name, 60, seed: 4).Features);
        Assert.NotEqual(Make(name, 60, seed: 4).Features, Make(name, 60, seed: 5).Features);
        Assert.Equal(classes, Make(name, 60, seed: 4).ClassCount);
    }

    [Fact]
    public void BlobsStayOnTheirSideOfTheBisector()
    {
        Dataset d = ToyData.Blobs(500, seed: 2, separation: 2);

        Assert.All(Enumerable.Range(0, d.Count), i =>
            Assert.Equal(d.Labels[i] == 1, d.Features[i, 0] + d.Features[i, 1] > 0));
    }

    [Fact]
    public void CirclesWithoutNoiseLieOnRadiiOneAndHalf()
    {
        Dataset d = ToyData.Circles(40, noise: 0, seed: 1);

        Assert.All(Enumerable.Range(0, d.Count), i =>
            Assert.Equal(d.Labels[i] == 0 ? 1.0 : 0.5, d.Features.Row(i).L2Norm(), 12));
    }

    [Fact]
    public void NoisyCubicFollowsTheTrueFunction()
    {
        CurveSamples s = ToyData.NoisyCubic(200, noise: 0.1, seed: 3);
        double[] residuals = s.X.Select((x, i) => s.Y[i] - s.TrueFunction(x)).ToArray();

        Assert.Equal(200, s.Count);
        Assert.True(s.X.Zip(s.X.Skip(1)).All(p => p.First <= p.Second));
        Assert.All(s.X, x => Assert.InRange(x, -2, 2));
        Assert.Equal(2, s.TrueFunction(2)); // 8 − 6
        Assert.InRange(Math.Sqrt(residuals.Select(r => r * r).Average()), 0.07, 0.13);
        Assert.Equal(s.Y, ToyData.NoisyCubic(200, 0.1, seed: 3).Y);
    }

    [Fact]
    public void BadArgumentsAreNamed()
    {
        Assert.Equal("n", Assert.Throws<ArgumentOutOfRangeException>(() => ToyData.Moons(1, 0.1, 1)).ParamName);
        Assert.Equal("noise", Assert.Throws<ArgumentOutOfRangeException>(() => ToyData.Circles(10, -1, 1)).ParamName);
        Assert.Equal("classes", Assert.Throws<ArgumentOutOfRangeException>(() => ToyData.Spirals(10, 1, 0.1, 1)).ParamName);
        Assert.Equal("separation", Assert.Throws<ArgumentOutOfRangeException>(() => ToyData.Blobs(10, 1, separation: 0.5)).ParamName);
    }
}
