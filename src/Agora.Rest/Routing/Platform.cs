namespace Agora.Rest.Routing;

/// <summary>Facts about the platform the netstandard2.0 build may run on.</summary>
internal static class Platform
{
#if NET5_0_OR_GREATER
    /// <summary>Whether HttpClient disposes a request's content once it is sent: never from .NET Core 3.0 on.</summary>
    public static bool DisposesRequestBodies => false;
#else
    /// <summary>
    /// Whether HttpClient disposes a request's content once it is sent, as .NET Framework's does: a body cannot then be
    /// sent to another host.
    /// </summary>
    public static bool DisposesRequestBodies { get; } =
        System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription.StartsWith(".NET Framework", System.StringComparison.Ordinal);
#endif
}
