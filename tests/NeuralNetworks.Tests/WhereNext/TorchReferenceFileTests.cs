using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using static NeuralNetworks.Tests.WhereNext.TorchReference;

namespace NeuralNetworks.Tests.WhereNext;

/// <summary>
/// The committed torch_reference.json has the shape lesson 12 reads and is what torch_reference.py, as committed,
/// writes: the same field names, the script's settings, and one entry per epoch.
/// </summary>
public partial class TorchReferenceFileTests
{
    [Fact]
    public void Its_field_names_are_exactly_the_ones_the_script_writes()
    {
        var inScript = DictionaryKey().Matches(Script).Select(m => m.Groups[1].Value).ToHashSet();
        var inJson = Keys(Json).ToHashSet();

        Assert.Empty(inJson.Except(inScript));
        Assert.Empty(inScript.Except(inJson));
    }

    [Theory]
    [InlineData("SPLIT_SEED", "data", "split_seed")]
    [InlineData("TRAIN_FRACTION", "data", "train_fraction")]
    [InlineData("VALIDATION_FRACTION", "data", "validation_fraction")]
    [InlineData("INIT_STD", "network", "init_std")]
    [InlineData("LEARNING_RATE", "network", "learning_rate")]
    [InlineData("BATCH_SIZE", "network", "batch_size")]
    [InlineData("EPOCHS", "network", "epochs")]
    [InlineData("TORCH_SEED", "network", "torch_seed")]
    public void Its_settings_are_the_scripts(string constant, string group, string field)
    {
        Match line = Regex.Match(Script, $@"^{constant} = ([0-9.]+)\s*$", RegexOptions.Multiline);
        Assert.True(line.Success, $"torch_reference.py has no line '{constant} = …'.");
        Assert.Equal(double.Parse(line.Groups[1].Value, CultureInfo.InvariantCulture), Number(Json[group]![field]));
    }

    [Fact]
    public void Its_settings_are_the_lessons_iris_network()
    {
        JsonNode network = Json["network"]!;
        Assert.Equal([4, 6, 3], Integers(network["sizes"]));
        Assert.Equal("float64", (string?)Json["dtype"]);
        // The lesson's own run: Trainer.Fit(net, train, new SGD(0.1), validation, epochs: 100, batchSize: 10, seed: 4).
        Match fit = Regex.Match(Lesson, @"new SGD\(([0-9.]+)\), validation,\s*epochs: (\d+), batchSize: (\d+)");
        Assert.True(fit.Success, "12-where-next.ipynb no longer calls Trainer.Fit as this test expects.");
        Assert.Equal(double.Parse(fit.Groups[1].Value, CultureInfo.InvariantCulture), Number(network["learning_rate"]));
        Assert.Equal(int.Parse(fit.Groups[2].Value, CultureInfo.InvariantCulture), (int)network["epochs"]!);
        Assert.Equal(int.Parse(fit.Groups[3].Value, CultureInfo.InvariantCulture), (int)network["batch_size"]!);
    }

    [Fact]
    public void It_holds_one_entry_per_epoch_and_every_batch_order_is_a_permutation_of_the_training_rows()
    {
        int epochs = (int)Json["network"]!["epochs"]!;
        int trainCount = Integers(Json["data"]!["train_rows"]).Length;
        foreach (string curve in new[] { "train_loss", "train_accuracy", "validation_loss", "validation_accuracy" })
            Assert.Equal(epochs, Numbers(Json["history"]![curve]).Length);
        JsonArray orders = Json["batch_orders"]!.AsArray();
        Assert.Equal(epochs, orders.Count);
        Assert.All(orders, order => Assert.Equal(Enumerable.Range(0, trainCount), Integers(order).Order()));
    }

    [Fact]
    public void It_names_the_torch_version_and_the_date_of_the_run()
    {
        Assert.Matches(@"^\d+\.\d+", (string?)Json["torch_version"]);
        Assert.True(DateOnly.TryParseExact((string?)Json["date"], "yyyy-MM-dd", out _), $"date '{Json["date"]}' is not yyyy-mm-dd.");
        Assert.Equal("bench/where-next/torch_reference.py", (string?)Json["produced_by"]);
    }

    private static IEnumerable<string> Keys(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => Keys(p.Value).Prepend(p.Key)),
        JsonArray a => a.SelectMany(Keys),
        _ => [],
    };

    /// <summary>A key of a Python dict literal: "name": …</summary>
    [GeneratedRegex("\"([a-z0-9_]+)\": ")]
    private static partial Regex DictionaryKey();
}
