using System.Reflection;
using NotebookRunner.Tests.FileApps;
using NotebookRunner.Tests.Grading;
using NotebookRunner.Tests.Lessons;
using NotebookRunner.Tests.Support;

namespace NotebookRunner.Tests;

/// <summary>
/// The quick tier stays quick only if none of its classes pulls in a fixture that runs the whole course, grades every
/// assignment or builds every app: xUnit makes a collection's fixtures as soon as one test of the collection runs.
/// </summary>
public sealed class TierTests
{
    /// <summary>The collections whose fixtures run every notebook or grade every assignment.</summary>
    private static readonly string[] FullCollections =
        [CourseRunCollection.Name, nameof(SolvedLessonsFixture), GradingCollection.Name];

    /// <summary>Class fixtures that run every app or every notebook in Jupyter.</summary>
    private static readonly Type[] FullFixtures =
        [typeof(AppRuns), typeof(JapaneseAppRuns), typeof(JupyterComparisonTests.JupyterRun)];

    private static IEnumerable<Type> TestClasses() => typeof(TierTests).Assembly.GetTypes().Where(t => t.IsClass
        && t.GetMethods().Any(m => m.GetCustomAttributes<FactAttribute>().Any()));

    public static bool InFullTier(Type type) => type.GetCustomAttributesData().Any(a =>
        a.AttributeType == typeof(TraitAttribute)
        && (string?)a.ConstructorArguments[0].Value == Tier.Name
        && (string?)a.ConstructorArguments[1].Value == Tier.Full);

    public static IEnumerable<string> HeavyFixtures(Type type)
    {
        foreach (var a in type.GetCustomAttributesData().Where(a => a.AttributeType == typeof(CollectionAttribute)))
        {
            if (a.ConstructorArguments[0].Value is string name && FullCollections.Contains(name))
                yield return $"collection \"{name}\"";
        }
        foreach (var fixture in type.GetInterfaces().Where(i => i.IsGenericType
            && i.GetGenericTypeDefinition() == typeof(IClassFixture<>)))
        {
            var argument = fixture.GetGenericArguments()[0];
            if (FullFixtures.Contains(argument)) yield return $"fixture {argument.Name}";
        }
    }

    [Fact]
    public void Every_class_that_shares_a_whole_course_fixture_is_in_the_full_tier()
    {
        var offenders = TestClasses().Where(t => !InFullTier(t))
            .SelectMany(t => HeavyFixtures(t).Select(f => $"{t.Name} ({f})")).ToList();
        Assert.True(offenders.Count == 0, "mark these [Trait(Tier.Name, Tier.Full)] or give them a lighter fixture: "
            + string.Join(", ", offenders));
    }

    /// <summary>The check above finds what it looks for: a class known to share each kind of heavy fixture.</summary>
    [Fact]
    public void The_check_sees_the_heavy_fixtures_and_the_full_tier_mark()
    {
        Assert.Contains("collection \"" + CourseRunCollection.Name + "\"", HeavyFixtures(typeof(SiteTests)));
        Assert.Contains("collection \"" + GradingCollection.Name + "\"", HeavyFixtures(typeof(AssignmentGradingTests)));
        Assert.Contains("fixture AppRuns", HeavyFixtures(typeof(AppChartPageBrowserTests)));
        Assert.True(InFullTier(typeof(SiteTests)));
        Assert.False(InFullTier(typeof(TierTests)));
        Assert.Empty(HeavyFixtures(typeof(HostileSubmissionTests)));
        Assert.Contains(typeof(SiteTests), TestClasses());
    }
}
