using System;
using System.Reflection;
using System.Runtime.Versioning;

namespace Agora.Rest.Tests;

/// <summary>Which build of the library the tests run against: these tests also run against the netstandard2.0 build.</summary>
internal static class LibraryBuild
{
    /// <summary>Whether it is the netstandard2.0 build, which lacks HttpRequestError, HTTP version policies and more.</summary>
    public static bool IsNetStandard { get; } =
        typeof(AgoraCredentials).Assembly.GetCustomAttribute<TargetFrameworkAttribute>()?.FrameworkName.StartsWith(".NETStandard", StringComparison.Ordinal) == true;
}
