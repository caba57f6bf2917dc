using System;
using System.ComponentModel;
using System.IO;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Agora.Rest.Infrastructure;

/// <summary>Creates request bodies. Generated clients use it; not meant to be used directly.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class AgoraContent
{
    private const string JsonMediaType = "application/json; charset=utf-8";

    /// <summary>
    /// Serializes <paramref name="value"/> up front, so the request has a Content-Length and serialization
    /// errors surface before anything is sent. <see langword="null"/> sends no body.
    /// </summary>
    public static HttpContent? Json<T>(T value, JsonTypeInfo<T> typeInfo)
    {
        if (value is null)
        {
            return null;
        }

        var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(value, typeInfo));
        content.Headers.TryAddWithoutValidation("Content-Type", JsonMediaType);
        return content;
    }

    /// <summary>Sends text as <c>text/plain; charset=utf-8</c>; <see langword="null"/> sends no body.</summary>
    public static HttpContent? Text(string? value) =>
        value is null ? null : new StringContent(value, Encoding.UTF8, "text/plain");

    /// <summary>Sends bytes as <c>application/octet-stream</c>; <see langword="null"/> sends no body.</summary>
    public static HttpContent? Bytes(byte[]? value)
    {
        if (value is null)
        {
            return null;
        }

        var content = new ByteArrayContent(value);
        content.Headers.TryAddWithoutValidation("Content-Type", "application/octet-stream");
        return content;
    }

    /// <summary>Streams the body as <c>application/octet-stream</c>; <see langword="null"/> sends no body.</summary>
    public static HttpContent? Stream(Stream? value)
    {
        if (value is null)
        {
            return null;
        }

        var content = new StreamContent(value);
        content.Headers.TryAddWithoutValidation("Content-Type", "application/octet-stream");
        return content;
    }

    /// <summary>Passes content through unchanged.</summary>
    public static HttpContent? Raw(HttpContent? value) => value;
}
