using System;
using System.IO;
using System.Threading.Tasks;
using Agora.Generators.PackageTests;
using Agora.Tests.Shared;
using Xunit;

namespace Agora.Samples.BlazorWasm.Tests;

/// <summary>
/// samples/Agora.Samples.BlazorWasm, a real Blazor WebAssembly project: as shipped it builds clean (the solution
/// build proves that with warnings as errors); with its mistake file compiled in, the build shows AGR0003.
/// </summary>
public sealed class BlazorWasmSampleTests
{
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    [Fact]
    public async Task Server_credentials_in_the_browser_app_are_reported_by_its_build()
    {
        string root = RepositoryRoot.Find();
        // Only this project, rebuilt (a warning is reported only when it compiles), against the references the
        // solution build made; the sample sends this build to folders of its own (bin/mistake, obj/mistake), so its
        // regular output stays as it is.
        DotNetCli.Result build = await DotNetCli.RunAsync(root, null,
            "build", Path.Combine("samples", "Agora.Samples.BlazorWasm", "Agora.Samples.BlazorWasm.csproj"),
            "-c", Configuration, "--no-restore", "--no-dependencies", "--no-incremental", "-nodeReuse:false", "-p:ShowServerCredentialMistake=true");

        build.EnsureSuccess("building the Blazor WebAssembly sample with its mistake");
        Assert.Contains("ServerCredentialsInTheBrowser.cs(12,9): warning AGR0003", build.Output, StringComparison.Ordinal);
        Assert.Contains("This Blazor WebAssembly app uses HTTP Basic credentials", build.Output, StringComparison.Ordinal);
    }
}
