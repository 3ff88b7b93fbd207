namespace CourseKit.Testing;

/// <summary>One <see cref="PlotlyValidator"/> (one browser with plotly.js loaded) shared by the tests of a class.</summary>
public sealed class PlotlyValidatorFixture : IAsyncLifetime
{
    public PlotlyValidator Plotly { get; private set; } = null!;

    public async Task InitializeAsync() => Plotly = await PlotlyValidator.StartAsync();

    public async Task DisposeAsync() => await Plotly.DisposeAsync();
}
