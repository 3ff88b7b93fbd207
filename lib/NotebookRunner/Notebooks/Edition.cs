namespace NotebookRunner.Notebooks;

/// <summary>
/// The course's editions: English notebooks are NAME.ipynb, their Japanese twins NAME.ja.ipynb beside them (same
/// folder, so every relative path in their byte-identical code resolves the same). A folder given to the runner yields
/// one edition's notebooks; a file given by name is taken as it is.
/// </summary>
public static class Edition
{
    public const string English = "en", Japanese = "ja";

    public static readonly IReadOnlyList<string> All = [English, Japanese];

    /// <summary>The edition of a notebook file, from its name: "01-perceptron.ja.ipynb" is Japanese.</summary>
    public static string Of(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        return name.EndsWith("." + Japanese, StringComparison.OrdinalIgnoreCase) ? Japanese : English;
    }

    /// <summary>The English notebook a Japanese one translates ("01-perceptron.ja.ipynb" → "01-perceptron.ipynb").</summary>
    public static string EnglishOf(string path) => Of(path) == English
        ? path
        : path[..^(".ja".Length + Path.GetExtension(path).Length)] + Path.GetExtension(path);

    /// <summary>The Japanese twin of an English notebook.</summary>
    public static string JapaneseOf(string path) => Path.ChangeExtension(path, null) + ".ja" + Path.GetExtension(path);

    /// <summary>Checks a --lang value; the error names the editions there are.</summary>
    public static string Parse(string value) => All.Contains(value)
        ? value
        : throw new NotebookException($"--lang {value}: there is no such edition; use {string.Join(" or ", All)}.", 2);
}
