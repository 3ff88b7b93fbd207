using System.Text.RegularExpressions;
using NotebookRunner.Tests.Support;

namespace NotebookRunner.Tests.Lessons;

/// <summary>
/// A cross-reference to a lesson names the lesson that teaches the thing (issue 23, item 5; notebooks/AUTHORING.md,
/// "Sources and citations"). The glossary drives it: a lesson teaches a term when glossary.md gives that lesson, when its
/// key-terms table lists the term, or when it gives the term's Japanese name on first use before the glossary's lesson
/// (<see cref="Glossary.Teaching"/>). A sentence ties a term to a lesson only in the forms of
/// <see cref="CrossReferences.In"/>; a sentence that merely names a term and a lesson ties nothing, because "the iris data
/// set, which lesson 09 learns from" is not a pointer for "data". Then:
/// <list type="bullet">
/// <item>a claim ("lesson 10 calls this vanishing gradients", "(softmax, lesson 02)") must name a lesson that teaches
/// the term;</item>
/// <item>a pointer ("central differences (lesson 06)", "lesson 03's weights") must name a lesson that teaches the term, or
/// a lesson after the glossary's that uses it (its prose names it): "one factor per layer (lesson 08)" points at how
/// lesson 08 uses layers, "lesson 03's weights" at the weights lesson 03 chose;</item>
/// <item>either is right when the same sentence also names a lesson that teaches the term.</item>
/// </list>
/// So a claim for the wrong lesson fails, and so does a pointer to a lesson before the one that teaches the term.
/// </summary>
public sealed partial class CrossReferenceTests
{
    private static readonly IReadOnlyList<int> Lessons =
        LessonExercises.LessonFiles().Select(f => int.Parse(Path.GetFileName(f)[..2])).ToList();

    [Fact]
    public void Every_cross_reference_names_a_lesson_that_teaches_its_term()
    {
        var problems = CourseProse.Passages()
            .SelectMany(p => CourseProse.Sentences(p.Text).SelectMany(s => CrossReferences.In(s)
                .Select(r => Problem(r, s)).OfType<string>().Select(problem => $"{p.Where}: \"{s}\"\n    {problem}")))
            .ToList();
        Assert.True(problems.Count == 0, "Cross-references that name a lesson which does not teach the thing:\n"
            + string.Join("\n", problems));
    }

    [Fact]
    public void Every_lesson_mentioned_exists()
    {
        var problems = CourseProse.Passages()
            .SelectMany(p => CourseProse.Sentences(p.Text).SelectMany(s => CrossReferences.MentionsIn(s)
                .SelectMany(m => m.Lessons).Where(n => !Lessons.Contains(n)).Select(n => $"{p.Where}: lesson {n:00} in \"{s}\"")))
            .ToList();
        Assert.True(problems.Count == 0, "Mentions of lessons the course does not have:\n" + string.Join("\n", problems));
    }

    [Fact]
    public void Every_link_to_a_notebook_points_at_an_existing_file_whose_number_its_text_gives()
    {
        var problems = new List<string>();
        foreach (ProsePassage passage in CourseProse.Passages())
            foreach (Match link in NotebookLink().Matches(passage.Text))
            {
                string text = link.Groups[1].Value, target = link.Groups[2].Value;
                string folder = Path.GetDirectoryName(Path.Combine(CourseProse.RepoRoot, passage.File))!;
                string full = Path.GetFullPath(Path.Combine(folder, Uri.UnescapeDataString(target)));
                if (!File.Exists(full)) { problems.Add($"{passage.Where}: [{text}]({target}) points at no file."); continue; }
                bool isLesson = Path.GetDirectoryName(full) == Path.GetFullPath(CourseRun.Notebooks);
                string number = Path.GetFileName(full)[..2];
                foreach (LessonMention mention in CrossReferences.MentionsIn(text))
                    if (!isLesson || mention.Lessons.Count != 1 || $"{mention.Lessons[0]:00}" != number)
                        problems.Add($"{passage.Where}: [{text}]({target}): the text names lesson "
                            + $"{string.Join(", ", mention.Lessons.Select(n => n.ToString("00")))} but the link opens {target}.");
            }
        Assert.True(problems.Count == 0, "Links to notebooks:\n" + string.Join("\n", problems));
    }

    /// <summary>How the rule reads a sentence: the term it reports, or null when the reference is right.</summary>
    [Theory]
    [InlineData("The cell compares them with numerical slopes (central differences, lesson 06).", null)]
    [InlineData("The cell compares them with numerical slopes (central differences, lesson 05).", "central difference")]
    [InlineData("The checks compare them with central differences (lesson 04).", "central difference")]
    [InlineData("A neuron in the flat tails barely learns (lesson 10 calls this vanishing gradients).", null)]
    [InlineData("A neuron in the flat tails barely learns (lesson 08 calls this vanishing gradients).", "vanishing gradient")]
    [InlineData("For classification the outputs are probabilities (softmax, lesson 02).", null)]
    [InlineData("For classification the outputs are probabilities (softmax, lesson 04).", "softmax function")]
    [InlineData("Lesson 02 derived the softmax Jacobian.", null)]
    [InlineData("Lesson 12 derived the softmax Jacobian.", "softmax function")]
    [InlineData("Go backwards with lesson 07's chain rule in matrix form.", "chain rule")]
    [InlineData("Backpropagation multiplies one factor per layer (lesson 08).", null)]
    [InlineData("Here is a network built from lesson 03's weights.", null)]
    [InlineData("The simplest typical DNN, with two hidden layers (lesson 00).", null)]
    [InlineData("Learning by gradients (lessons 07 and 08) needs the derivative.", null)]
    [InlineData("Here are six flowers from the iris data set, which lesson 09 learns from.", null)]
    [InlineData("The loss of lesson 03 falls, and lesson 05 defines the loss.", null)]
    public void The_rule_reads_a_sentence_so(string sentence, string? flagged)
    {
        var found = CrossReferences.In(sentence).Where(r => Problem(r, sentence) is not null).Select(r => r.Term).ToList();
        Assert.Equal(flagged is null ? [] : [flagged], found);
    }

    /// <summary>What is wrong with a cross-reference found in the sentence, or null when it names a teaching lesson.</summary>
    private static string? Problem(CrossReference reference, string sentence)
    {
        IReadOnlySet<int> teaching = Glossary.Teaching(reference.Term);
        if (CrossReferences.MentionsIn(sentence).SelectMany(m => m.Lessons).Any(teaching.Contains)) return null;
        int introduced = Glossary.Term(reference.Term).Lesson;
        if (!reference.IsClaim && reference.Mention.Lessons.Any(n => n > introduced && Glossary.Names(n, reference.Term)))
            return null;
        string named = string.Join(", ", reference.Mention.Lessons.Select(n => n.ToString("00")));
        return $"ties '{reference.Term}' to lesson {named} (as in “{reference.Form}”), but lesson "
            + $"{string.Join(", ", teaching.Select(n => n.ToString("00")))} teaches it"
            + (reference.IsClaim ? "" : $" and lesson {named} is no later lesson that uses it") + ": name that lesson.";
    }

    [GeneratedRegex(@"\[([^\]]*)\]\(((?:[^)\s#]*/)?[^)\s#/]+\.ipynb)(?:#[^)\s]*)?\)")]
    private static partial Regex NotebookLink();
}
