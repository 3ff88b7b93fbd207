namespace NotebookRunner.Notebooks;

/// <summary>
/// The course's editions: English notebooks are NAME.ipynb, their Japanese twins NAME.ja.ipynb
/// beside them (same folder, so every relative path in their byte-identical code resolves the
/// same). A folder given to the runner yields one edition's notebooks; a file given by name is
/// taken as it is.
/// </summary>
public static class Edition
{
    public const string English = "en", Japanese = "ja";

    /// <summary>What a folder yields when both editions are asked for (run's --lang
    /// both).</summary>
    public const string Both = "both";

    /// <summary>Whether asking for <paramref name="chosen"/> (en, ja or both) takes a notebook of
    /// this edition.</summary>
    public static bool Includes(string chosen, string edition) =>
        chosen == Both || chosen == edition;

    /// <summary>The edition of a notebook file, from its name: "01-perceptron.ja.ipynb" is
    /// Japanese.</summary>
    public static string Of(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        return name.EndsWith("." + Japanese, StringComparison.OrdinalIgnoreCase) ? Japanese
            : English;
    }

    /// <summary>
    /// The one line in which a Japanese notebook's code differs from the English: the last line of
    /// its first code cell's usings, which makes the library write chart text and check sentences
    /// in Japanese.
    /// </summary>
    public const string JapaneseLine =
        "NeuralNetworks.Languages.Language.Use(\"ja\"); // 図とチェックを日本語で表示します";

    /// <summary>
    /// The Japanese edition's first code cell, from the English one: <see cref="JapaneseLine"/>
    /// under its last using directive (a script's statements come after its usings).
    /// </summary>
    public static string JapaneseFirstCell(string english)
    {
        var lines = english.Split('\n').ToList();
        var lastUsing = lines.FindLastIndex(l => l.StartsWith("using ", StringComparison.Ordinal));
        lines.Insert(lastUsing + 1, JapaneseLine);
        return string.Join('\n', lines);
    }

    /// <summary>The Japanese twin of an English notebook.</summary>
    public static string JapaneseOf(string path) =>
        Path.ChangeExtension(path, null) + ".ja" + Path.GetExtension(path);
}
