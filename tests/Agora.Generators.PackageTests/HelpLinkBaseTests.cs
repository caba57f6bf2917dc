using System;
using System.IO;
using System.Threading.Tasks;

namespace Agora.Generators.PackageTests;

/// <summary>
/// The rules' help links are derived from RepositoryUrl when the Roslyn components build (src/Build/HelpLinks.targets):
/// whoever publishes the repository elsewhere sets one property and every link follows. Runs the derivation step alone,
/// with other addresses than the repository's own.
/// </summary>
public sealed class HelpLinkBaseTests : IDisposable
{
    private readonly string _output = Path.Combine(Path.GetTempPath(), "agora-help-links-" + Guid.NewGuid().ToString("N")[..8]) + Path.DirectorySeparatorChar;

    [Theory]
    [InlineData("https://git.example.test/acme/agora-fork.git", "release/2.0", "https://git.example.test/acme/agora-fork/blob/release/2.0/docs/rules/")]
    [InlineData("https://git.example.test/acme/agora-fork/", "main", "https://git.example.test/acme/agora-fork/blob/main/docs/rules/")]
    public async Task The_rules_link_base_follows_the_repository_url_and_branch(string repositoryUrl, string branch, string expectedBase)
    {
        DotNetCli.Result result = await WriteLinkBaseAsync("-p:RepositoryUrl=" + repositoryUrl, "-p:RepositoryBranch=" + branch);

        result.EnsureSuccess("the help link step");
        string generated = File.ReadAllText(Path.Combine(_output, "HelpLinks.RulesBase.g.cs"));
        Assert.Contains($"public const string RulesBase = \"{expectedBase}\";", generated, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "Set RepositoryUrl")]
    [InlineData("http://git.example.test/acme/agora", "must be an https URL")]
    [InlineData("https://git.example.test/acme/agora fork", "must be an https URL")]
    [InlineData("https://git.example.test/acme/agora%25x", "must be an https URL")]
    public async Task A_repository_url_that_cannot_make_links_stops_the_build_saying_why(string repositoryUrl, string expected)
    {
        DotNetCli.Result result = await WriteLinkBaseAsync("-p:RepositoryUrl=" + repositoryUrl);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains(expected, result.Output, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_output, "HelpLinks.RulesBase.g.cs")), "No link base may be written from an unusable address.");
    }

    [Fact]
    public async Task An_empty_branch_stops_the_build_saying_why()
    {
        DotNetCli.Result result = await WriteLinkBaseAsync("-p:RepositoryBranch=");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("set RepositoryBranch", result.Output, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(_output))
        {
            Directory.Delete(_output, recursive: true);
        }
    }

    private Task<DotNetCli.Result> WriteLinkBaseAsync(params string[] properties)
    {
        string project = Path.Combine(PackageFixture.RepoRoot, "src", "Agora.Generators", "Agora.Generators.csproj");
        return DotNetCli.RunAsync(PackageFixture.RepoRoot, null,
            ["msbuild", project, "-nologo", "-nodeReuse:false", "-t:AgoraWriteHelpLinkBase", "-p:IntermediateOutputPath=" + _output, .. properties]);
    }
}
