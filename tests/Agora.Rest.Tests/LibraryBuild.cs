using System.Reflection;
using System.Runtime.Versioning;

namespace Agora.Rest.Tests;

/// <summary>Which build of Agora.Rest the tests run against: these tests also run on the netstandard2.0 one.</summary>
public static class LibraryBuild
{
    public static bool IsNetStandard { get; } =
        typeof(AgoraCredentials).Assembly.GetCustomAttribute<TargetFrameworkAttribute>()?.FrameworkName.StartsWith(".NETStandard", System.StringComparison.Ordinal) == true;
}
