namespace NeuralNetworks.Languages;

/// <summary>
/// The language the reader reads: "en" (English, the default) or "ja" (日本語). A Japanese
/// notebook's first cell makes it Japanese with
/// <c>NeuralNetworks.Languages.Language.Use("ja");</c>, the one line in which its code differs
/// from the English notebook's. It changes words only, never a number: chart titles, axis
/// titles, legend entries and hover text (translated as the figure is written,
/// <see cref="ReaderText"/>), and the sentences the homework checks and <c>SelfCheck</c> print.
/// The library's own sentences carry both languages side by side (<see cref="Pick"/>); the words
/// a notebook passes in (a chart's title, what a check checks) are looked up in the catalog of
/// their Japanese (<see cref="Catalog"/>, Languages/ja.*.txt).
/// </summary>
public static class Language
{
    public const string English = "en";
    public const string Japanese = "ja";

    private static string chosen = English;
    private static readonly AsyncLocal<string?> Scoped = new();

    /// <summary>
    /// The reader's language: <see cref="English"/> until a cell calls <see cref="Use"/>, or the
    /// language of the <see cref="In"/> block the code runs in.
    /// </summary>
    public static string Current => Scoped.Value ?? chosen;

    public static bool IsJapanese => Current == Japanese;

    /// <summary>Reads the rest of the notebook in this language: "en" or "ja".</summary>
    public static void Use(string language) => Set(language, scopedOnly: false);

    private static void Set(string language, bool scopedOnly)
    {
        if (language is not (English or Japanese))
            throw new ArgumentException(
                $"The language is \"{language}\": use \"en\" for English or \"ja\" for 日本語.",
                nameof(language));
        if (scopedOnly) Scoped.Value = language;
        else chosen = language;
    }

    /// <summary>
    /// This language for the code inside a <c>using</c> block only, and for nothing running beside
    /// it (a test, a grader's probe): <c>using (Language.In("ja")) { … }</c>.
    /// </summary>
    public static IDisposable In(string language)
    {
        string? before = Scoped.Value;
        Set(language, scopedOnly: true);
        return new Restore(() => Scoped.Value = before);
    }

    /// <summary>The library's own sentence in the reader's language.</summary>
    public static string Pick(string english, string japanese) =>
        IsJapanese ? japanese : english;

    /// <summary>
    /// Words a notebook passed in (a title, what a check checks), in the reader's language: in
    /// Japanese, the catalog's translation, or the words as they are when the catalog has none.
    /// </summary>
    public static string Words(string english) =>
        IsJapanese ? Catalog.Japanese.Translate(english) : english;
}

file sealed class Restore(Action restore) : IDisposable
{
    public void Dispose() => restore();
}
