using NotebookRunner.Tests.Support;
using System.Text;
using NotebookRunner.Notebooks;

namespace NotebookRunner.Tests.Strip;

/// <summary>OutputStripper: outputs and execution counts go, every other byte stays; bad input is an error naming the file.</summary>
public sealed class OutputStripperTests
{
    [Fact]
    public void A_lesson_run_in_VS_Code_strips_to_the_notebook_saved_clean()
    {
        var stripped = OutputStripper.Strip(StripFixtures.Bytes("vscode-run.ipynb"), "vscode-run.ipynb");
        Assert.Equal(StripFixtures.Bytes("vscode-run.clean.ipynb"), stripped.Bytes);
        Assert.Equal((4, 5), (stripped.Outputs, stripped.ExecutionCounts));
    }

    [Fact]
    public void A_windows_notebook_keeps_its_CRLF_line_endings_cell_ids_and_key_order()
    {
        var stripped = OutputStripper.Strip(StripFixtures.Bytes("jupyter-run-crlf.ipynb"), "jupyter-run-crlf.ipynb");
        Assert.Equal(StripFixtures.Bytes("jupyter-run-crlf.clean.ipynb"), stripped.Bytes);
        var text = Encoding.UTF8.GetString(stripped.Bytes);
        Assert.Equal(text.Split('\n').Length - 1, text.Split("\r\n").Length - 1);
        Assert.Contains("\"outputs_hidden\": true", text);
        Assert.Equal((3, 2), (stripped.Outputs, stripped.ExecutionCounts));
    }

    [Theory, MemberData(nameof(StripFixtures.RepositoryNotebooks), MemberType = typeof(StripFixtures))]
    public void A_repository_notebook_run_and_stripped_comes_back_byte_for_byte(string relativePath)
    {
        var stored = File.ReadAllBytes(Path.Combine(CourseRun.Notebooks, relativePath));
        foreach (var (variant, clean) in new[] { ("LF", stored), ("CRLF", StripFixtures.WithCrlf(stored)), ("BOM", StripFixtures.WithBom(stored)) })
        {
            var run = StripFixtures.Run(clean);
            Assert.NotEqual(clean, run);
            var stripped = OutputStripper.Strip(run, relativePath);
            Assert.True(clean.AsSpan().SequenceEqual(stripped.Bytes), $"{relativePath} ({variant}): stripping the run notebook did not give back the stored bytes.");
            Assert.True(stripped.Outputs > 0 && stripped.ExecutionCounts == stripped.Outputs / 2, $"{relativePath} ({variant}): {stripped}");
        }
    }

    [Theory]
    [InlineData("vscode-run.ipynb")]
    [InlineData("jupyter-run-crlf.ipynb")]
    public void Stripping_a_stripped_notebook_changes_nothing(string fixture)
    {
        var once = OutputStripper.Strip(StripFixtures.Bytes(fixture), fixture);
        var twice = OutputStripper.Strip(once.Bytes, fixture);
        Assert.False(twice.Changed);
        Assert.Equal(once.Bytes, twice.Bytes);
    }

    [Fact]
    public void Only_a_cells_own_outputs_and_execution_count_are_touched()
    {
        const string notebook = """
            {"metadata": {"outputs": [1], "execution_count": 2},
             "cells": [{"cell_type": "code", "metadata": {"outputs": [3], "execution_count": 4}, "execution_count": 5,
                        "outputs": [{"output_type": "execute_result", "execution_count": 5, "data": {"outputs": [6]}}], "source": ["\"outputs\": [7]"]}],
             "nbformat": 4}
            """;
        var stripped = Encoding.UTF8.GetString(OutputStripper.Strip(Encoding.UTF8.GetBytes(notebook), "inline.ipynb").Bytes);
        var expected = notebook
            .Replace("\"execution_count\": 5,\n", "\"execution_count\": null,\n")
            .Replace("[{\"output_type\": \"execute_result\", \"execution_count\": 5, \"data\": {\"outputs\": [6]}}]", "[]");
        Assert.Equal(expected, stripped);
    }

    [Theory]
    [InlineData("", "is not valid JSON")]
    [InlineData("{\"cells\": [", "is not valid JSON")]
    [InlineData("{\"cells\": []}\n<<<<<<< HEAD\n", "is not valid JSON")]
    [InlineData("{\"cells\": [{\"outputs\": [] \"source\": []}]}", "is not valid JSON")]
    [InlineData("[]", "the JSON is not an object")]
    [InlineData("{\"worksheets\": []}", "has no \"cells\" list")]
    [InlineData("{\"cells\": {}}", "\"cells\" is not a list")]
    [InlineData("{\"cells\": [3]}", "cell 1 is not an object")]
    [InlineData("{\"cells\": [{}, {\"outputs\": {}}]}", "cell 2's \"outputs\" is not a list")]
    [InlineData("{\"cells\": [{\"execution_count\": \"3\"}]}", "cell 1's \"execution_count\" is String")]
    public void Bad_input_is_an_error_that_names_the_file_and_changes_nothing(string json, string why)
    {
        var error = Assert.Throws<NotebookException>(() => OutputStripper.Strip(Encoding.UTF8.GetBytes(json), "notebooks/broken.ipynb"));
        Assert.StartsWith("notebooks/broken.ipynb ", error.Message);
        Assert.Contains(why, error.Message);
        Assert.Contains("nothing was changed", error.Message);
    }

    /// <summary>A trailing comma is read, as NotebookReader reads it, and kept like every other byte.</summary>
    [Fact]
    public void A_trailing_comma_is_read_as_the_reader_reads_it_and_kept()
    {
        const string json = "{\"cells\": [{\"outputs\": [{\"output_type\": \"stream\"}], \"source\": [],}],}";
        var stripped = OutputStripper.Strip(Encoding.UTF8.GetBytes(json), "notebooks/comma.ipynb");
        Assert.True(stripped.Changed);
        Assert.Equal("{\"cells\": [{\"outputs\": [], \"source\": [],}],}", Encoding.UTF8.GetString(stripped.Bytes));
    }
}
