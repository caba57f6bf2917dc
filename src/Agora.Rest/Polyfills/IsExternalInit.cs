#if !NET5_0_OR_GREATER
namespace System.Runtime.CompilerServices;

// Lets init-only setters compile on netstandard2.0.
internal static class IsExternalInit
{
}
#endif
