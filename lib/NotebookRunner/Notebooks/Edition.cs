namespace NotebookRunner.Notebooks;

/// <summary>
/// The course's editions: English notebooks are NAME.ipynb, their Japanese twins NAME.ja.ipynb beside them (same
/// folder, so every relative path in their byte-identical code resolves the same). A folder given to the runner yields
/// one edition's notebooks; a file given by name is taken as it is.
/// </summary>
public static class Edition
{
    public const string English = "en", Japanese = "ja";

    /// <summary>The edition of a notebook file, from its name: "01-perceptron.ja.ipynb" is Japanese.</summary>
    public static string Of(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        return name.EndsWith("." + Japanese, StringComparison.OrdinalIgnoreCase) ? Japanese : English;
    }

    /// <summary>The Japanese twin of an English notebook.</summary>
    public static string JapaneseOf(string path) => Path.ChangeExtension(path, null) + ".ja" + Path.GetExtension(path);
}
