using System.Text.RegularExpressions;
using NeuralNetworks.Activations;
using NeuralNetworks.Data;
using NeuralNetworks.Homework;
using NeuralNetworks.Languages;
using NeuralNetworks.Layers;

namespace NeuralNetworks.Tests.Languages;

/// <summary>
/// Every failure a homework check can report, said in Japanese inside <c>Language.In("ja")</c> with the same numbers as
/// the English, and in English, unchanged, outside it. (Language.Use is never called here: it is global, and tests run in
/// parallel; Language.In changes only the code inside its block.)
/// </summary>
public class CheckSentencesTests
{
    private static Vector<double> V(params double[] values) => Vector<double>.Build.DenseOfArray(values);

    private static Network Linear() => new(
        [new Dense(Matrix<double>.Build.DenseOfArray(new[,] { { 0.3, -1.7 }, { 2.1, 0.4 } }), Matrix<double>.Build.Dense(1, 2), 1)],
        new IdentityWithLoss());

    private static readonly Matrix<double> M = Matrix<double>.Build.Dense(2, 3, 1.0);

    private static readonly DataSplit Split = ToyData.Spirals(200, classes: 2, noise: 0.1, seed: 5).Split(0.5, 0.5, seed: 5);

    private const string Mine = "hidden [3], ReLU, learning rate 0.3, 300 epochs, batch size 10 → 95.0 %";
    private const string Trial = "hidden [2], ReLU, learning rate 0.03, 300 epochs, batch size 10 → 75.0 %";

    private static readonly Lazy<Network> HandedIn = new(() => Assert.Single(ReportedRun.Parse(Mine)).Train(Split.Train));

    private static void Runs(string text, Network? network = null) =>
        Check.RunsReproduce(Split.Train, Split.Validation, network ?? HandedIn.Value, text, "your answer");

    private static readonly Dictionary<string, Action> Failures = new()
    {
        ["Close"] = () => Check.Close(0.5, 0.6, 1e-9, "σ(0)"),
        ["Equal"] = () => Check.Equal(3, 4, "the label"),
        ["Equal text"] = () => Check.Equal("-4 to 4", "-3 to 3", "range of u"),
        ["True"] = () => Check.True(false, "separable"),
        ["Matrix null"] = () => Check.MatricesClose(M, null!, 1e-9, "W"),
        ["Matrix shape"] = () => Check.MatricesClose(M, M.Transpose(), 1e-9, "W"),
        ["Matrix element"] = () => Check.MatricesClose(M, M.Map(x => x * 1.5), 1e-9, "W"),
        ["Vector null"] = () => Check.VectorsClose(V(1, 2), null!, 1e-9, "∇f"),
        ["Vector length"] = () => Check.VectorsClose(V(1, 2), V(1, 2, 3), 1e-9, "∇f"),
        ["Vector element"] = () => Check.VectorsClose(V(1, 2), V(1, 3), 0.25, "∇f"),
        ["Accuracy null"] = () => Check.AccuracyAtLeast(0.9, ToyData.And(), null!, "accuracy"),
        ["Accuracy inputs"] = () =>
            Check.AccuracyAtLeast(0.9, ToyData.And(), new Network([3, 2, 2], Activation.Tanh, seed: 0), "accuracy"),
        ["Accuracy below"] = () =>
            Check.AccuracyAtLeast(0.9, Split.Validation, new Network([2, 2], Activation.Tanh, seed: 0), "accuracy"),
        ["Same null"] = () => Check.SamePredictions(Split.Train.Features, null!, null!, "the rerun"),
        ["Same differ"] = () => Check.SamePredictions(Split.Train.Features,
            new Network([2, 4, 2], Activation.Tanh, seed: 0), new Network([2, 4, 2], Activation.Tanh, seed: 1), "the rerun"),
        ["Separates null"] = () => Check.Separates(ToyData.And(), null!, 0.5, "AND"),
        ["Separates count"] = () => Check.Separates(ToyData.And(), V(1, 2, 3), 0.5, "AND"),
        ["Separates finite"] = () => Check.Separates(ToyData.And(), V(double.NaN, 0.5), 0.5, "AND"),
        ["Separates wrong"] = () => Check.Separates(ToyData.And(), V(0.1, 0.1), -0.2, "AND"),
        ["Additivity agrees"] = () => Check.BreaksAdditivity(Linear(), V(1, 2), V(3, 4), "additivity"),
        ["Homogeneity a"] = () => Check.BreaksHomogeneity(Linear(), double.NaN, V(1, 0), "homogeneity"),
        ["Homogeneity agrees"] = () => Check.BreaksHomogeneity(Linear(), 2.5, V(1, -3), "homogeneity"),
        ["Input null"] = () => Check.BreaksAdditivity(Linear(), V(1, 2), null!, "additivity"),
        ["Input length"] = () => Check.BreaksAdditivity(Linear(), V(1, 2, 3), V(1, 2), "additivity"),
        ["Input finite"] = () => Check.BreaksAdditivity(Linear(), V(double.PositiveInfinity, 0), V(-1, 0), "additivity"),
        ["Overflow"] = () => Check.BreaksAdditivity(Linear(), V(1e308, 1e308), V(1e308, 1e308), "additivity"),
        ["Parameters null"] = () => Check.ParametersAtMost(30, null!, "your network"),
        ["Parameters many"] = () =>
            Check.ParametersAtMost(12, new Network([2, 3, 2], Activation.Tanh, seed: 0), "your network"),
        ["Words"] = () => Check.WordsAtLeast(60, "Tanh bends smoothly.", "your answer"),
        ["Word"] = () => Check.WordsAtLeast(60, "Tanh", "your answer"),
        ["Runs null"] = () => Check.RunsReproduce(Split.Train, Split.Validation, null!, Mine, "your answer"),
        ["Runs none"] = () => Runs("The network learned the spiral."),
        ["Runs one"] = () => Runs(Mine),
        ["Runs too many"] = () => Runs(string.Join("\n", Enumerable.Repeat(Mine, 7))),
        ["Run units"] = () => Runs($"{Mine}\nhidden [3, 0], Tanh, learning rate 0.3, 300 epochs, batch size 10 → 95.0 %"),
        ["Run rate"] = () => Runs($"{Mine}\nhidden [3], Tanh, learning rate 0, 300 epochs, batch size 10 → 95.0 %"),
        ["Run epochs"] = () => Runs($"{Mine}\nhidden [3], Tanh, learning rate 0.3, 0 epochs, batch size 10 → 95.0 %"),
        ["Run size"] = () => Runs($"{Mine}\nhidden [20, 20], Tanh, learning rate 0.3, 300 epochs, batch size 10 → 95.0 %"),
        ["Run steps"] = () => Runs($"{Mine}\nhidden [3], Tanh, learning rate 0.3, 3001 epochs, batch size 10 → 95.0 %"),
        ["Run quote"] = () => Runs($"{Mine}\n{Trial.Replace("75.0", "85.0", StringComparison.Ordinal)}"),
        ["Run diverged"] = () => Runs($"{Mine}\nhidden [3], Identity, learning rate 1000, 300 epochs, batch size 10 → 50.0 %"),
        ["Runs not handed in"] = () =>
            Runs($"hidden [], Tanh, learning rate 0.3, 300 epochs, batch size 10 → 70.0 %\n{Trial}"),
        ["Call budget"] = () =>
        {
            Func<double, double> f = CallBudget.Limit(Math.Tanh, calls: 3, "f′");
            for (int i = 0; i < 4; i++) f(i);
        },
    };

    public static TheoryData<string> FailureNames => new(Failures.Keys);

    [Theory]
    [MemberData(nameof(FailureNames))]
    public void A_failure_reads_in_Japanese_with_the_numbers_of_the_English(string name)
    {
        string english = Message(Failures[name]);
        string japanese;
        using (Language.In(Language.Japanese)) japanese = Message(Failures[name]);
        Assert.Equal(english, Message(Failures[name]));
        SameSentenceInJapanese(english, japanese);
    }

    [Theory]
    [InlineData("Close", "σ(0): expected 0.5 but got 0.6 (difference 0.1, tolerance 1E-09).",
        "σ(0)：期待値は0.5ですが、0.6でした（差は0.1、許容誤差は1E-09）。")]
    [InlineData("Equal text", "range of u: expected \"-4 to 4\" but got \"-3 to 3\".",
        "u の範囲：期待値は\"-4 to 4\"ですが、\"-3 to 3\"でした。")]
    [InlineData("True", "separable: this does not hold.", "separable：成り立っていません。")]
    [InlineData("Matrix shape", "W: expected a 2×3 matrix but got 3×2.", "W：期待値は2×3の行列ですが、3×2の行列でした。")]
    [InlineData("Vector element", "∇f: element [1] should be 2 but is 3 (tolerance 0.25).",
        "∇f：要素[1]は2のはずですが、3です（許容誤差は0.25）。")]
    [InlineData("Word", "your answer has 1 word; write at least 60.", "自分の解答は1語です。60語以上書いてください（日本語は二字を一語と数えます）。")]
    [InlineData("Call budget", "f′ was called more than 3 times, more than this check allows.",
        "f′が3回を超えて呼び出されました。このチェックが認める回数を超えています。")]
    public void Sentences_read_word_for_word_in_each_language(string name, string english, string japanese)
    {
        Assert.Equal(english, Message(Failures[name]));
        using (Language.In(Language.Japanese)) Assert.Equal(japanese, Message(Failures[name]));
    }

    [Fact]
    public void A_reported_run_keeps_its_english_form_in_the_japanese_sentence_so_it_can_be_quoted_back()
    {
        string japanese;
        using (Language.In(Language.Japanese)) japanese = Message(Failures["Run quote"]);
        string run = Trial.Replace("75.0", "85.0", StringComparison.Ordinal);
        Assert.Equal($"自分の解答：2行目（{run}）は85.0 %と書いていますが、" +
            "この設定で学習し直すと、取り分けた点での正解率は75.0 %になります。", japanese);
        Assert.Equal(run, Assert.Single(ReportedRun.Parse(japanese)).ToString());
        using (Language.In(Language.Japanese))
            Assert.Contains($"「{ReportedRun.Example}」", Message(Failures["Runs one"]));
    }

    [Fact]
    public void The_apps_stop_line_is_said_in_each_language()
    {
        Assert.Equal("The app stops here: the cells after this one use what it declares. Fix it and run again.",
            NeuralNetworks.Apps.App.StopLine);
        using (Language.In(Language.Japanese))
            Assert.StartsWith("アプリはここで止まります。", NeuralNetworks.Apps.App.StopLine);
    }

    private static string Message(Action check) => Assert.Throws<CheckFailedException>(check).Message;

    /// <summary>
    /// The Japanese sentence differs from the English, is Japanese (kana, none of the English sentence's frame words), and
    /// holds the English numbers and no others, except a number the English spells as a word ("two networks").
    /// </summary>
    internal static void SameSentenceInJapanese(string english, string japanese)
    {
        Assert.NotEqual(english, japanese);
        Assert.Matches(@"[\p{IsHiragana}\p{IsKatakana}]", japanese);
        foreach (string frame in new[] { "expected", " but ", "should", "tolerance", " got ", "does not", "this check",
                     "allows", "hand in", " has ", " is " })
            Assert.DoesNotContain(frame, japanese, StringComparison.Ordinal);
        var inEnglish = Numbers(english);
        var inJapanese = Numbers(japanese);
        Assert.Subset(inJapanese, inEnglish);
        var spelled = new HashSet<string>(Spelled.Where(s => Regex.IsMatch(english, $@"\b{s.Word}\b")).Select(s => s.Digit));
        Assert.Subset(inEnglish.Union(spelled).ToHashSet(), inJapanese);
    }

    private static readonly (string Word, string Digit)[] Spelled = [("one", "1"), ("two", "2")];

    internal static HashSet<string> Numbers(string text) =>
        Regex.Matches(text, @"\d+(?:\.\d+)?(?:[eE][-+]?\d+)?").Select(m => m.Value).ToHashSet();
}
