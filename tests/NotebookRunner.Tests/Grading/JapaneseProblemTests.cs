using GradingProbe;
using NeuralNetworks.Languages;
using NotebookRunner.Assignments;
using NotebookRunner.Judging;
using NotebookRunner.Notebooks;
using NotebookRunner.Sandbox;

namespace NotebookRunner.Tests.Grading;

/// <summary>
/// What the grader itself says of a Japanese assignment's submission, without a kernel: its cells' problems, the
/// own-work violations' sentences (every form the analysis words, composed through calls) and the refusals, in Japanese,
/// names and compiler text quoted as they are; the English of an English assignment unchanged. The kernel's side (a
/// magic command's problem, checks failed by the library and by the hints) is in <see cref="JapaneseGradingTests"/>.
/// </summary>
public sealed class JapaneseProblemTests
{
    [Fact]
    public void A_cells_problems_and_refused_directives_are_said_in_the_assignments_language()
    {
        var source = CourseCopy.Load("02-activation");
        var document = CourseCopy.WithCellBeforeChecks(SubmissionVariants.Solved(source), "#!time\nvar spent = 1;");
        document = CourseCopy.WithCellBeforeChecks(document, "#load \"/tmp/a.csx\"\nvar loaded = 1;");
        var notebook = NotebookReader.FromDocument(Path.Combine(CourseCopy.Homework, "submission.ipynb"), document);
        var view = CourseView.For(source);
        var japanese = SubmissionCells.Select(notebook, path => LibraryReferences.Resolve(view, path), Edition.Japanese);
        var english = SubmissionCells.Select(notebook, path => LibraryReferences.Resolve(view, path));

        var magic = Assert.Single(japanese.Problems);
        Assert.Equal($"セル{magic.Cell}はマジックコマンド #!time を使っています。採点するセルはふつうの C# なので、このセルは実行しませんでした。",
            magic.Message);
        Assert.Equal($"cell {magic.Cell} uses the magic command #!time: graded cells are plain C#, so it did not run.",
            Assert.Single(english.Problems).Message);

        var refused = Assert.Single(japanese.Violations);
        Assert.Equal($"セル{refused.Cell}の最上位のコード：#load で \"/tmp/a.csx\" を実行しています。採点プログラムには読めないコードです"
                     + "（そのため、このセルは実行しませんでした）", refused.SentenceIn(Edition.Japanese));
        Assert.Equal($"your cell {refused.Cell} runs \"/tmp/a.csx\" with #load, code the grader cannot read (so the cell did not run) at its top level",
            refused.SentenceIn(Edition.English));
    }

    [Theory]
    [InlineData("calls NeuralNetworks.Activation.Sigmoid, which is the answer itself",
        "NeuralNetworks.Activation.Sigmoid を呼び出しています。これは答えそのものです")]
    [InlineData("calls Helper, which calls NeuralNetworks.Activation.Sigmoid, which is the answer itself",
        "Helper を呼び出しています（Helper：NeuralNetworks.Activation.Sigmoid を呼び出しています。これは答えそのものです）")]
    [InlineData("uses reflection (System.Type.GetMethod)", "リフレクション（System.Type.GetMethod）を使っています")]
    [InlineData("calls Peek, which uses UnsafeAccessor, which reads private members (System.Runtime.CompilerServices.UnsafeAccessorAttribute)",
        "Peek を呼び出しています（Peek：private メンバーを読む UnsafeAccessor（System.Runtime.CompilerServices.UnsafeAccessorAttribute）を使っています）")]
    [InlineData("uses unsafe memory access (System.Runtime.InteropServices.Marshal.ReadInt32)",
        "安全でないメモリアクセス（System.Runtime.InteropServices.Marshal.ReadInt32）を使っています")]
    [InlineData("uses unsafe memory access (__makeref)", "安全でないメモリアクセス（__makeref）を使っています")]
    [InlineData("uses another program (System.Diagnostics.Process.Start)", "別のプログラム（System.Diagnostics.Process.Start）を使っています")]
    [InlineData("uses dynamic", "dynamic を使っています")]
    [InlineData("uses unsafe code", "unsafe コードを使っています")]
    [InlineData("declares an extern method, whose body the grader cannot read",
        "extern メソッドを宣言しています。その本体は採点プログラムには読めません")]
    [InlineData("uses Missing, which the grader cannot find", "Missing を使っていますが、採点プログラムはそれを見つけられません")]
    [InlineData("uses NeuralNetworks.Autograd.Value, which this assignment does not allow",
        "NeuralNetworks.Autograd.Value を使っています。この課題では使えません")]
    [InlineData("has code the grader could not read in 20 s", "採点プログラムが20秒で読み切れないコードがあります")]
    [InlineData("is too large for the grader to read (over 50,000 syntax nodes in one cell)",
        "大きすぎて採点プログラムには読めません（1つのセルに構文ノードが50,000個より多くあります）")]
    [InlineData("does not compile (CS1002: ; expected), yet the kernel ran it",
        "コンパイルできません（CS1002: ; expected）。それなのに、カーネルはこのセルを実行しました")]
    [InlineData("adds a package source with #i \"nuget:x\" (so the cell did not run)",
        "#i \"nuget:x\" でパッケージのソースを追加しています（そのため、このセルは実行しませんでした）")]
    [InlineData("something no form words", "something no form words")]
    public void Each_form_of_a_violation_has_its_japanese(string english, string japanese) =>
        Assert.Equal(japanese, ViolationWords.Japanese(english));

    [Fact]
    public void A_violation_that_does_not_compile_and_one_in_a_function_read_in_japanese()
    {
        var compile = new Violation(4, null, "does not compile (CS0103: The name 'x' does not exist in the current context)",
            ViolationKind.DoesNotCompile);
        Assert.Equal("セル4：コンパイルできません（CS0103: The name 'x' does not exist in the current context）。"
                     + "そのため実行されず、その中のものは何も数えられません", compile.SentenceIn(Edition.Japanese));
        var own = new Violation(3, "Sigmoid", "uses dynamic", ViolationKind.Forbidden);
        Assert.Equal("Sigmoid：dynamic を使っています", own.SentenceIn(Edition.Japanese));
        Assert.Equal("Sigmoid uses dynamic", own.SentenceIn(Edition.English));
    }

    [Fact]
    public void The_judges_own_failures_read_in_the_language_it_decides_in()
    {
        int numbers = 0;
        var close = new RecordedCall("Close", [ProbeValue.Encode(0.5, ref numbers), ProbeValue.Encode(0.5, ref numbers),
            ProbeValue.Encode(1e-9, ref numbers), ProbeValue.Encode("Sigmoid(0)", ref numbers)]);
        var equal = new RecordedCall("Equal", [ProbeValue.Encode(3, ref numbers), ProbeValue.Encode(3, ref numbers),
            ProbeValue.Encode("n", ref numbers)]);
        var text = ProbeValue.Encode("three", ref numbers);
        using (Language.In(Language.Japanese))
        {
            Assert.Equal("チェックは1回比べますが、自分のコードの実行で記録されたのは0回でした。", Judge.Failure([close], []));
            Assert.Equal("n：期待値は3ですが、\"three\"でした。", Judge.Evaluate(equal, [text]));
            Assert.Equal("Sigmoid(0)：期待値は数値ですが、自分のコードが返したのはString型の値でした。", Judge.Evaluate(close, [text]));
        }
        Assert.Equal("the check made 1 comparisons but your code's run recorded 0.", Judge.Failure([close], []));
        Assert.Equal("Sigmoid(0): expected a number but your code gave a String.", Judge.Evaluate(close, [text]));
    }

    [Fact]
    public void Refusals_of_a_submission_read_in_japanese()
    {
        Assert.Equal("提出物がシンボリックリンクです。ノートブックのファイルそのものを提出してください。",
            Submissions.Refusal(Submissions.SymbolicLink, Edition.Japanese));
        Assert.Equal(Submissions.TheSource, Submissions.Refusal(Submissions.TheSource, Edition.English));
    }
}
