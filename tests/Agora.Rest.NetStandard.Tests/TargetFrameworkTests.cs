using System.Reflection;
using System.Runtime.Versioning;

namespace Agora.Rest.NetStandard.Tests;

/// <summary>Guards the point of this project: the linked tests must run against the netstandard2.0 build.</summary>
public sealed class TargetFrameworkTests
{
    [Fact]
    public void The_library_under_test_is_the_netstandard20_build()
    {
        string? framework = typeof(Agora.Rest.Tokens.AccessToken2).Assembly.GetCustomAttribute<TargetFrameworkAttribute>()?.FrameworkName;

        Assert.Equal(".NETStandard,Version=v2.0", framework);
    }
}
