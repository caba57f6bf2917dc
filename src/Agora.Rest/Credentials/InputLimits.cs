using System;

namespace Agora.Rest;

/// <summary>
/// Upper bounds on what goes into a request line or header, far above anything Agora issues or accepts, so that a
/// runaway value fails here with a clear message instead of at a proxy with a 414 or 431 (or, worse, half sent).
/// </summary>
internal static class InputLimits
{
    /// <summary>Customer IDs and Secrets are 32 characters; 256 leaves room for any future format.</summary>
    public const int CustomerCredential = 256;

    /// <summary>AccessToken2 tokens with many privileges run to a few kilobytes.</summary>
    public const int Token = 16 * 1024;

    /// <summary>Signaling user ids are at most 64 bytes; RTC uids at most 10 digits.</summary>
    public const int Uid = 255;

    /// <summary>Channel names are at most 64 bytes; resource ids a few hundred characters.</summary>
    public const int RouteValue = 2048;

    /// <summary>Query values are ids, names, numbers and dates; each item of a collection counts alone.</summary>
    public const int QueryValue = 2048;

    /// <summary>Servers commonly accept 8 KB per header line.</summary>
    public const int HeaderValue = 8 * 1024;

    /// <summary>Throws when <paramref name="value"/> is longer than <paramref name="limit"/>, naming the argument, never the value.</summary>
    public static void Require(string value, int limit, string what, string parameterName)
    {
        if (value.Length > limit)
        {
            throw TooLong(value, limit, what, parameterName);
        }
    }

    /// <summary>The exception for a value over its limit; callers on the request path build their description only then.</summary>
    public static ArgumentException TooLong(string value, int limit, string what, string parameterName) =>
        new(TooLongMessage(value, limit, what), parameterName);

    /// <summary>The sentence for a value over its limit, naming it by <paramref name="what"/>, never showing it.</summary>
    public static string TooLongMessage(string value, int limit, string what) =>
        $"The {what} is {value.Length} characters long, more than the {limit} any Agora value needs; check that the right value was passed.";
}
