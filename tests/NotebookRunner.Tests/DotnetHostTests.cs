using NotebookRunner.Kernel;
using NotebookRunner.Tests.Support;

namespace NotebookRunner.Tests;

/// <summary>
/// Which dotnet the runner starts kernels with (and mounts in the grading sandbox): the running dotnet, DOTNET_HOST_PATH,
/// the dotnet above the running runtime, then PATH. Through nbrun's apphost the process is not dotnet and the SDK's
/// variable may be missing, so the runtime folder must still lead to dotnet.
/// </summary>
public sealed class DotnetHostTests
{
    private static string FakeInstall(out string runtime)
    {
        var root = Path.Combine(Nbrun.TempFolder(), "dotnet-root");
        runtime = Path.Combine(root, "shared", "Microsoft.NETCore.App", "10.0.1") + Path.DirectorySeparatorChar;
        Directory.CreateDirectory(runtime);
        File.WriteAllText(Path.Combine(root, "dotnet"), "");
        return root;
    }

    [Fact]
    public void The_running_dotnet_wins()
    {
        FakeInstall(out var runtime);
        Assert.Equal("/opt/x/dotnet", DotnetHost.Find("/opt/x/dotnet", null, runtime, null));
    }

    [Fact]
    public void Through_an_apphost_without_DOTNET_HOST_PATH_the_dotnet_above_the_runtime_is_found()
    {
        var root = FakeInstall(out var runtime);
        Assert.Equal(Path.Combine(root, "dotnet"), DotnetHost.Find("/work/lib/bin/nbrun", null, runtime, "/nowhere"));
        Assert.Equal(Path.Combine(root, "dotnet"), DotnetHost.Find("/work/lib/bin/nbrun", "/missing/dotnet", runtime, null));
    }

    [Fact]
    public void DOTNET_HOST_PATH_comes_before_the_runtime_folder_and_PATH_is_the_last_resort()
    {
        var root = FakeInstall(out var runtime);
        var other = FakeInstall(out _);
        Assert.Equal(Path.Combine(other, "dotnet"), DotnetHost.Find("/bin/nbrun", Path.Combine(other, "dotnet"), runtime, null));
        Assert.Equal(Path.Combine(root, "dotnet"), DotnetHost.Find("/bin/nbrun", null, "/no/runtime/here/", $"/nowhere{Path.PathSeparator}{root}"));
        Assert.Equal("dotnet", DotnetHost.Find("/bin/nbrun", null, "/no/runtime/here/", "/nowhere"));
    }

    [Fact]
    public void On_this_machine_the_host_is_a_full_path_to_an_existing_file()
    {
        Assert.True(Path.IsPathRooted(DotnetHost.Path), DotnetHost.Path);
        Assert.True(File.Exists(DotnetHost.Path), DotnetHost.Path);
    }
}
