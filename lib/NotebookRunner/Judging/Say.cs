using NotebookRunner.Notebooks;

namespace NotebookRunner.Judging;

/// <summary>
/// A sentence of the grader's in the assignment's language (<see cref="Edition.Of"/> of its source:
/// NAME.ja.ipynb is Japanese): what a student's report says of a problem in a cell, a check the
/// runner failed, a submission not graded. Compiler errors, exception messages and names from the
/// student's code are quoted as they are.
/// </summary>
public static class Say
{
    public static string In(string language, string english, string japanese) =>
        language == Edition.Japanese ? japanese : english;
}
