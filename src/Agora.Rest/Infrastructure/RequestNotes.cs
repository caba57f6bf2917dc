using System.Net.Http;

namespace Agora.Rest.Infrastructure;

/// <summary>
/// Values kept on a request for the handlers and the client to read later: <c>HttpRequestMessage.Options</c> where the
/// platform has it, the older <c>Properties</c> (the same store on .NET 5+) elsewhere.
/// </summary>
internal static class RequestNotes
{
    public static void Set<T>(HttpRequestMessage request, string key, T value)
    {
#if NET5_0_OR_GREATER
        request.Options.Set(new HttpRequestOptionsKey<T>(key), value);
#else
        request.Properties[key] = value;
#endif
    }

    public static bool TryGet<T>(HttpRequestMessage request, string key, out T? value)
    {
#if NET5_0_OR_GREATER
        return request.Options.TryGetValue(new HttpRequestOptionsKey<T>(key), out value);
#else
        if (request.Properties.TryGetValue(key, out object? stored) && stored is T typed)
        {
            value = typed;
            return true;
        }

        value = default;
        return false;
#endif
    }
}
