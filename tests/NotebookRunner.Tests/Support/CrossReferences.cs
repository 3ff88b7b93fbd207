using System.Text.RegularExpressions;

namespace NotebookRunner.Tests.Support;

/// <summary>
/// A mention of one or more lessons in a sentence: "lesson 07", "Lesson 7", "lessons 05 and 06", "lessons 09/10",
/// "lessons 06–08" or "lessons 05 to 10" (a range: every lesson in it). Start and End are its place in the sentence.
/// </summary>
public sealed record LessonMention(int Start, int End, IReadOnlyList<int> Lessons);

/// <summary>
/// A glossary term tied to a lesson mention by the way the sentence is built. A claim says the term is taught there:
/// "lesson 10 calls this vanishing gradients", "Lesson 02 derived the softmax Jacobian", "(softmax, lesson 02)". A pointer
/// sends the reader to a place that shows the term: "central differences (lesson 06)", "lesson 03's weights", "the chain
/// rule of lesson 08".
/// </summary>
public sealed record CrossReference(string Term, LessonMention Mention, bool IsClaim, string Form);

public static partial class CrossReferences
{
    public static IReadOnlyList<LessonMention> MentionsIn(string sentence) =>
        Mention().Matches(sentence).Select(m =>
        {
            var numbers = Regex.Matches(m.Value, @"\d+").Select(d => int.Parse(d.Value)).ToList();
            bool range = numbers.Count == 2 && Regex.IsMatch(m.Groups[2].Value, @"\bto\b|[–-]");
            var lessons = range ? Enumerable.Range(numbers[0], numbers[1] - numbers[0] + 1).ToList() : numbers;
            return new LessonMention(m.Index, m.Index + m.Length, lessons);
        }).ToList();

    /// <summary>The term each mention of the sentence is tied to, for the mentions tied to one.</summary>
    public static IReadOnlyList<CrossReference> In(string sentence)
    {
        var terms = Glossary.TermsIn(sentence);
        return MentionsIn(sentence)
            .Select(mention => terms.Select(t => Tie(sentence, mention, t.Start, t.End, t.Term)).FirstOrDefault(r => r is not null))
            .OfType<CrossReference>().ToList();
    }

    /// <summary>The cross-reference when the term at [start, end) is tied to the mention by one of the forms, else null.</summary>
    private static CrossReference? Tie(string sentence, LessonMention mention, int start, int end, string term)
    {
        if (start >= mention.End)
        {
            string between = sentence[mention.End..start];
            return NamingClaim().IsMatch(between) ? new(term, mention, true, $"lesson N {between.Trim()} X")
                : Possessive().IsMatch(between) ? new(term, mention, false, "lesson N's X")
                : null;
        }
        if (end > mention.Start) return null;
        string before = sentence[end..mention.Start];
        bool closes = Closes().IsMatch(sentence[mention.End..]);
        bool opens = Opens().IsMatch(sentence[..start]);
        return Bracketed().IsMatch(before) && closes ? new(term, mention, false, "X (lesson N)")
            : opens && Listed().IsMatch(before) && closes ? new(term, mention, true, "(X, lesson N)")
            : OfLesson().IsMatch(before) ? new(term, mention, false, "the X of lesson N")
            : null;
    }

    [GeneratedRegex(@"\b[Ll]essons?\s+(\d{1,2})\b((?:(?:\s*,?\s+(?:and|or|to)\s+|\s*[,/–-]\s*)\d{1,2}\b(?![.,]\d))*)")]
    private static partial Regex Mention();

    [GeneratedRegex(@"^\s+(?:calls? (?:this|it|them|these)|teach(?:es)?|introduces?|introduced|defines?|defined|derives?|derived|explains?|explained|meets?|met)\s+(?:(?:the|an?)\s+)?$")]
    private static partial Regex NamingClaim();

    [GeneratedRegex(@"^['’]s\s+$")]
    private static partial Regex Possessive();

    [GeneratedRegex(@"^\s*(?:…\s*)?\(\s*$")]
    private static partial Regex Bracketed();

    [GeneratedRegex(@"^\s*[,;]\s*$")]
    private static partial Regex Listed();

    [GeneratedRegex(@"^\s*\)")]
    private static partial Regex Closes();

    [GeneratedRegex(@"\(\s*$")]
    private static partial Regex Opens();

    [GeneratedRegex(@"^\s+(?:of|from|in)\s+$")]
    private static partial Regex OfLesson();
}
