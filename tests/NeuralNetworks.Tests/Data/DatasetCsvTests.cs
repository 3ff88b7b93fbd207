using NeuralNetworks.Data;

namespace NeuralNetworks.Tests.Data;

public class DatasetCsvTests
{
    // Rows, features and class counts from /work/shared/datasets/README.md (the sklearn files).
    [Theory]
    [InlineData("iris.csv", 150, 4, new[] { "setosa", "versicolor", "virginica" }, new[] { 50, 50, 50 })]
    [InlineData("wine.csv", 178, 13, new[] { "class_0", "class_1", "class_2" }, new[] { 59, 71, 48 })]
    [InlineData("breast_cancer.csv", 569, 30, new[] { "malignant", "benign" }, new[] { 212, 357 })]
    public void LoadsTheCourseFiles(string file, int rows, int features, string[] classes, int[] counts)
    {
        Dataset data = Dataset.LoadCsv(TestData.File(file));

        Assert.Equal(rows, data.Count);
        Assert.Equal(features, data.FeatureCount);
        Assert.Equal(classes, data.ClassNames);
        Assert.Equal(counts, classes.Select((_, k) => data.Labels.Count(l => l == k)));
    }

    [Fact]
    public void DigitsHaveNumericClassesSortedAndPixelsInRange()
    {
        Dataset digits = Dataset.LoadCsv(TestData.File("digits.csv"));

        Assert.Equal(1797, digits.Count);
        Assert.Equal(64, digits.FeatureCount);
        Assert.Equal(Enumerable.Range(0, 10).Select(d => d.ToString()), digits.ClassNames);
        Assert.All(Enumerable.Range(0, 10), k => Assert.InRange(digits.Labels.Count(l => l == k), 174, 183));
        Assert.Equal(0, digits.Features.Enumerate().Min());
        Assert.Equal(16, digits.Features.Enumerate().Max());
        Assert.Equal("p63", digits.FeatureNames[63]);
    }

    [Fact]
    public void IrisFirstRowIsParsedWithTheInvariantCulture()
    {
        Dataset iris = Dataset.LoadCsv(TestData.File("iris.csv"));

        Assert.Equal([5.1, 3.5, 1.4, 0.2], iris.Features.Row(0).ToArray());
        Assert.Equal("sepal_length_cm", iris.FeatureNames[0]);
        Assert.Equal(0, iris.Labels[0]);
    }

    [Fact]
    public void NumericLabelsAreSortedByValueNotText()
    {
        string path = TestData.TempCsv("a,label\n1,10\n2,9\n3,2\n");
        Dataset data = Dataset.LoadCsv(path);

        Assert.Equal(["2", "9", "10"], data.ClassNames);
        Assert.Equal([2, 1, 0], data.Labels);
    }

    [Theory]
    [InlineData("a,b,label\n1,2,x\n3,x\n", "line 3", "2 columns")]
    [InlineData("a,b,label\n1,2,x\n3,abc,y\n", "line 3", "'abc'")]
    [InlineData("a,b,label\n1,2,x\n3,4,y\n5;6,y\n", "line 4", "columns")]
    [InlineData("", "line 1", "empty")]
    [InlineData("a,b,label\n", "no data rows", "header")]
    public void MalformedFilesNameTheFileAndLine(string text, string where, string what)
    {
        string path = TestData.TempCsv(text);

        var error = Assert.Throws<FormatException>(() => Dataset.LoadCsv(path));

        Assert.Contains(path, error.Message);
        Assert.Contains(where, error.Message);
        Assert.Contains(what, error.Message);
    }

    [Fact]
    public void MissingFileNamesThePath()
    {
        string path = Path.Combine(Path.GetTempPath(), "no-such-file-42.csv");

        var error = Assert.Throws<FileNotFoundException>(() => Dataset.LoadCsv(path));

        Assert.Contains(path, error.Message);
        Assert.Equal(path, error.FileName);
    }
}
