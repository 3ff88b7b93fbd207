namespace NotebookRunner.Notebooks;

/// <summary>
/// A cell's source as lines, whether the file ended them with "\r\n" or "\n": what the assignment
/// markers, the check probes and the error finder read line by line, so their line numbers are the
/// ones an editor shows.
/// </summary>
public static class CellSource
{
    public static string[] Lines(string source) => source.Replace("\r\n", "\n").Split('\n');
}
