using System.Text;
using System.Text.RegularExpressions;
using NeuralNetworks.Languages;

namespace NeuralNetworks.Tests.Languages;

/// <summary>
/// Languages/ja.checks.txt, the Japanese of what the checks of lessons and homework check: it
/// parses, each translation keeps its English line's placeholders, and the words checks print at
/// run time (numbers filled in) come out in Japanese.
/// </summary>
public partial class CheckCatalogTests
{
    private static string CatalogText()
    {
        var assembly = typeof(Catalog).Assembly;
        using Stream stream = assembly.GetManifestResourceStream(
            "NeuralNetworks.Languages.ja.checks.txt")!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>Each entry: its English line and its translation (without "= ").</summary>
    private static List<(string English, string Japanese)> Entries()
    {
        var entries = new List<(string, string)>();
        string? english = null;
        foreach (string line in CatalogText().Replace("\r\n", "\n").Split('\n'))
        {
            if (line.StartsWith('#')) continue;
            if (line.Length == 0) { english = null; continue; }
            if (line.StartsWith("= ", StringComparison.Ordinal) && english is not null)
                entries.Add((english, line[2..]));
            else english = line;
        }
        return entries;
    }

    [Fact]
    public void The_catalog_of_checks_parses_and_has_entries()
    {
        Catalog checks = Catalog.Parse(CatalogText());
        Assert.True(checks.Count >= 150, $"only {checks.Count} entries");
        Assert.Equal(checks.Count, Entries().Count);
    }

    [Fact]
    public void Each_translation_has_exactly_the_placeholders_of_its_english_line()
    {
        foreach (var (english, japanese) in Entries())
        {
            var expected = Placeholder().Matches(english).Select(m => m.Value).Order();
            var actual = Placeholder().Matches(japanese).Select(m => m.Value).Order();
            Assert.True(expected.SequenceEqual(actual), $"\"{english}\" → \"{japanese}\"");
        }
    }

    [Fact]
    public void Placeholders_are_numbered_from_0_without_gaps_and_no_number_is_left_bare()
    {
        foreach (var (english, _) in Entries())
        {
            var numbers = Placeholder().Matches(english)
                .Select(m => int.Parse(m.Groups[1].Value)).Distinct().Order().ToList();
            Assert.Equal(Enumerable.Range(0, numbers.Count), numbers);
            Assert.False(BareNumber().IsMatch(english), $"a bare number in \"{english}\"");
        }
    }

    [Fact]
    public void Translations_are_japanese_and_not_the_english_again()
    {
        foreach (var (english, japanese) in Entries())
        {
            Assert.NotEqual(english, japanese);
            Assert.Matches(@"[\p{IsHiragana}\p{IsKatakana}\p{IsCJKUnifiedIdeographs}]", japanese);
        }
    }

    [Theory]
    [InlineData("Predict with three inputs, case 2", "3入力での Predict（ケース2）")]
    [InlineData("U1, the hidden weighted inputs", "U1（隠れ層の総入力）")]
    [InlineData("ReLUDerivative(0), the library's convention", "ReLUDerivative(0)（ライブラリの約束）")]
    [InlineData("a 5 cm petal gets a larger z than a 4 cm one",
        "5 cm の花弁は 4 cm の花弁より大きな z になる")]
    [InlineData("MSE of ② small error", "ケース②（誤差が小さい）の平均二乗誤差")]
    [InlineData("cross-entropy, probability 0", "交差エントロピー誤差（確率 0）")]
    [InlineData("∂z/∂x at (-0.5, 3)", "(-0.5, 3) での ∂z/∂x")]
    [InlineData("∂y1/∂u3 at (1, -0.5, 2)", "(1, -0.5, 2) での ∂y1/∂u3")]
    [InlineData("parameters of [64, 100, 10]", "[64, 100, 10] のパラメータ数")]
    [InlineData("no grid point has a lower loss than w10 = -3.2",
        "w10 = -3.2 より損失の低い格子点がない")]
    [InlineData("|x + y| ≠ |x| + |y| for x = NaN, y = NaN",
        "x = NaN, y = NaN のときの |x + y| ≠ |x| + |y|")]
    [InlineData("within 1e-9 of the exact slope cos 0.5", "厳密な傾き cos 0.5 との差が 1e-9 以内")]
    [InlineData("1% above your α, |w| grows from 1", "求めた α より1%大きいと |w| が 1 から大きくなる")]
    [InlineData("w after training on two iris species, 3 epochs",
        "アヤメの2品種で学習した後の w（3エポック）")]
    [InlineData("converged on NAND", "NAND で収束したか")]
    [InlineData("the gap of x ↦ (x₁x₂, x₁), case 5", "x ↦ (x₁x₂, x₁) のずれ（ケース5）")]
    [InlineData("the gap of ReLU at lesson 03's pair 2 and −3", "レッスン03の組 2 と −3 での ReLU のずれ")]
    [InlineData("Wx + b for a stack of 6", "6層の積み重ねの Wx + b")]
    [InlineData("case 4: a 6×1 batch", "ケース4：6×1 のバッチ")]
    [InlineData("U for 4 examples, 2 inputs and 6 units", "サンプル4個、入力2個、ユニット6個での U")]
    [InlineData("Y of 4 → 8 → 3, 4 examples", "Y（4 → 8 → 3、サンプル4個）")]
    [InlineData("the start of x⁴ − 3x² + x from −2, after Descend",
        "Descend の後の、−2 から始める x⁴ − 3x² + x の出発点")]
    [InlineData("steps until w² < 1e-6 from 1.5 with α = 0.1",
        "1.5 から α = 0.1 で w² < 1e-6 になるまでのステップ数")]
    [InlineData("the limit for a bowl of 4 weights", "重みが4個のお椀の限界値")]
    [InlineData("dW2 with N = 7", "N = 7 のときの dW2")]
    [InlineData("w after 50 steps, α = 0.05, ρ = 0.99", "50ステップ後の w（α = 0.05, ρ = 0.99）")]
    [InlineData("w after 40 steps, α = 0.02, β = (0.8, 0.99)",
        "40ステップ後の w（α = 0.02, β = (0.8, 0.99)）")]
    [InlineData("your network's accuracy on 200 new points", "自分のネットワークの、新しい200点での正解率")]
    public void A_what_printed_at_run_time_reads_in_japanese(string english, string japanese)
    {
        using (Language.In(Language.Japanese))
            Assert.Equal(japanese, Language.Words(english));
        Assert.Equal(english, Language.Words(english));
    }

    [Theory]
    [InlineData("Sigmoid(0)")]
    [InlineData("ReLU′(-1.5)")]
    [InlineData("σ(0.3)")]
    [InlineData("U = X W1 + b1")]
    [InlineData("CentralDifference(x³, 1, h: 0.1)")]
    [InlineData("dW1")]
    [InlineData("adam-in-the-valley")]
    public void Identifiers_calls_and_check_names_stay_as_they_are(string english)
    {
        using (Language.In(Language.Japanese))
            Assert.Equal(english, Language.Words(english));
    }

    [GeneratedRegex(@"\{(\d+)\}")]
    private static partial Regex Placeholder();

    /// <summary>
    /// A number standing alone, as Catalog.cs finds them: keys hold none, only placeholders.
    /// </summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}_.{])-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?(?![\p{L}\p{N}_}])")]
    private static partial Regex BareNumber();
}
