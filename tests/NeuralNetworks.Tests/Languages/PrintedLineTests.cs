using NeuralNetworks.Exercises;
using NeuralNetworks.Homework;
using NeuralNetworks.Languages;

namespace NeuralNetworks.Tests.Languages;

/// <summary>
/// The lines a check cell and a lesson's self-check print, in Japanese inside <c>Language.In("ja")</c>, with ✓ or ✗
/// first and the same numbers, and in English, unchanged, outside it.
/// </summary>
[Collection("Console")]
public class PrintedLineTests
{
    private static readonly Vector<double> V = Vector<double>.Build.DenseOfArray([1.0, 2.0]);
    private static readonly Matrix<double> M = Matrix<double>.Build.Dense(2, 3, 1.0);

    private static readonly Dictionary<string, Func<bool>> SelfChecks = new()
    {
        ["close right"] = () => SelfCheck.Close("the slope at x = 3", 6.0, 6.0),
        ["close wrong"] = () => SelfCheck.Close("the slope at x = 3", 6.0, 5.0),
        ["placeholder"] = () => SelfCheck.Close("u", -0.2, double.NaN),
        ["vector right"] = () => SelfCheck.VectorsClose("∇f", V, V.Clone()),
        ["vector wrong"] = () => SelfCheck.VectorsClose("∇f", V, Vector<double>.Build.DenseOfArray([1.0, 3.0])),
        ["vector placeholder"] = () => SelfCheck.VectorsClose("∇f", V, null),
        ["matrix right"] = () => SelfCheck.MatricesClose("W", M, M.Clone()),
        ["matrix wrong"] = () => SelfCheck.MatricesClose("W", M, M.Transpose()),
        ["equal right"] = () => SelfCheck.Equal("the label", 2, 2),
        ["equal wrong"] = () => SelfCheck.Equal("the label", 2, 1),
        ["true right"] = () => SelfCheck.True("separable", true),
        ["true wrong"] = () => SelfCheck.True("separable", false),
    };

    public static TheoryData<string> SelfCheckNames => new(SelfChecks.Keys);

    [Theory]
    [MemberData(nameof(SelfCheckNames))]
    public void A_self_check_line_reads_in_Japanese_with_the_same_mark_and_numbers(string name)
    {
        var (passed, english) = Capture(SelfChecks[name]);
        bool passedInJapanese;
        string japanese;
        using (Language.In(Language.Japanese)) (passedInJapanese, japanese) = Capture(SelfChecks[name]);
        Assert.Equal(passed, passedInJapanese);
        Assert.Equal(english, Capture(SelfChecks[name]).Printed);
        Assert.Equal(english[0], japanese[0]);
        Assert.Equal(passed ? '✓' : '✗', japanese[0]);
        if (passed)
        {
            Assert.Contains('：', japanese);
            Assert.Equal(CheckSentencesTests.Numbers(english), CheckSentencesTests.Numbers(japanese));
        }
        else
            CheckSentencesTests.SameSentenceInJapanese(english, japanese);
    }

    [Theory]
    [InlineData("close right", "✓ the slope at x = 3: 6", "✓ the slope at x = 3：6")]
    [InlineData("matrix right", "✓ W: a 2×3 matrix", "✓ W：2×3の行列")]
    [InlineData("true right", "✓ separable: true", "✓ separable：成り立ちます")]
    [InlineData("placeholder",
        "✗ u: expected -0.2 but got NaN (difference NaN, tolerance 1E-09). " +
            "Your answer is still the placeholder: replace it with your own code.",
        "✗ u：期待値は-0.2ですが、NaNでした（差はNaN、許容誤差は1E-09）。" +
            "答えはまだ仮の値（プレースホルダー）のままです。自分のコードに置き換えてください。")]
    public void Self_check_lines_read_word_for_word_in_each_language(string name, string english, string japanese)
    {
        Assert.Equal(english, Capture(SelfChecks[name]).Printed);
        using (Language.In(Language.Japanese)) Assert.Equal(japanese, Capture(SelfChecks[name]).Printed);
    }

    [Theory]
    [InlineData(2, "✓ sigmoid-values passed (2 points). Hidden checks also run when your work is graded.",
        "✓ sigmoid-values に合格しました（2点）。採点のときは非公開のチェックも実行されます。")]
    [InlineData(1, "✓ sigmoid-values passed (1 point). Hidden checks also run when your work is graded.",
        "✓ sigmoid-values に合格しました（1点）。採点のときは非公開のチェックも実行されます。")]
    public void The_passed_line_keeps_the_checks_name_and_its_points(int points, string english, string japanese)
    {
        Assert.Equal(english, Capture(() => { Check.Passed("sigmoid-values", points); return true; }).Printed);
        using (Language.In(Language.Japanese))
            Assert.Equal(japanese, Capture(() => { Check.Passed("sigmoid-values", points); return true; }).Printed);
        Assert.Equal(english, Check.PassedLine("sigmoid-values", points));
    }

    private static (bool Passed, string Printed) Capture(Func<bool> check)
    {
        var saved = Console.Out;
        var writer = new StringWriter();
        Console.SetOut(writer);
        try
        {
            return (check(), writer.ToString().TrimEnd());
        }
        finally
        {
            Console.SetOut(saved);
        }
    }
}
