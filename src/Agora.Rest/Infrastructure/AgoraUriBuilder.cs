using System;
using System.Buffers;
using System.ComponentModel;

namespace Agora.Rest.Infrastructure;

/// <summary>
/// Builds a request URI from the base address, route literals, escaped route values and query pairs,
/// in a pooled buffer. Generated clients use it; not meant to be used directly.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public ref struct AgoraUriBuilder
{
    private readonly AgoraOperation _operation;
    private char[] _buffer;
    private int _length;
    private bool _hasQuery;

    internal AgoraUriBuilder(string basePrefix, AgoraOperation operation)
    {
        _operation = operation;
        _buffer = ArrayPool<char>.Shared.Rent(Math.Max(256, basePrefix.Length + 128));
        _length = 0;
        _hasQuery = false;
        Append(basePrefix);
    }

    /// <summary>Appends literal route text exactly as declared (a <c>?</c> in it starts the query string).</summary>
    public void AppendLiteral(string literal)
    {
        if (!_hasQuery && literal.IndexOf('?') >= 0)
        {
            _hasQuery = true;
        }

        Append(literal);
    }

    /// <summary>
    /// Appends a route value as one escaped path segment: <c>/</c>, <c>?</c>, <c>#</c>, spaces and non-ASCII
    /// cannot break out of it.
    /// </summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    /// <exception cref="ArgumentException">The value is empty, <c>.</c> or <c>..</c>, which would change the path's shape, or longer than 2,048 characters.</exception>
    public void AppendPathSegment(string? value, string parameterName)
    {
        if (value is null)
        {
            throw new ArgumentNullException(parameterName, $"The route value '{parameterName}' is required.");
        }

        if (value.Length == 0)
        {
            throw new ArgumentException($"The route value '{parameterName}' is empty, which would leave an empty path segment.", parameterName);
        }

        if (value == "." || value == "..")
        {
            throw new ArgumentException($"The route value '{parameterName}' is a dot segment ('.' or '..'), which would change the request path.", parameterName);
        }

        if (value.Length > InputLimits.RouteValue)
        {
            throw InputLimits.TooLong(value, InputLimits.RouteValue, $"route value '{parameterName}'", parameterName);
        }

        Append(Uri.EscapeDataString(value));
    }

    /// <summary>Appends <c>name=value</c> to the query string; a <see langword="null"/> value is omitted.</summary>
    /// <param name="escapedName">The key, already escaped by the generator.</param>
    /// <param name="value">The formatted value, escaped here.</param>
    public void AppendQuery(string escapedName, string? value) => AppendQuery(escapedName, value, escapedName);

    /// <summary>Appends <c>name=value</c> to the query string; a <see langword="null"/> value is omitted.</summary>
    /// <param name="escapedName">The key, already escaped by the generator.</param>
    /// <param name="value">The formatted value, escaped here.</param>
    /// <param name="parameterName">The method parameter the value came from, for messages.</param>
    /// <exception cref="ArgumentException">The value is longer than 2,048 characters.</exception>
    public void AppendQuery(string escapedName, string? value, string parameterName)
    {
        if (value is null)
        {
            return;
        }

        if (value.Length > InputLimits.QueryValue)
        {
            throw InputLimits.TooLong(value, InputLimits.QueryValue, $"query value '{parameterName}'", parameterName);
        }

        Append(_hasQuery ? '&' : '?');
        _hasQuery = true;
        Append(escapedName);
        Append('=');
        Append(Uri.EscapeDataString(value));
    }

    /// <summary>
    /// Creates the absolute URI and returns the buffer to the pool; the same text as the operation's last request gives
    /// the same <see cref="Uri"/> instance, unparsed.
    /// </summary>
    public Uri ToUri()
    {
        Uri? last = _operation.LastRequestUri;
        Uri uri;
        if (last is not null && SameText(last.OriginalString))
        {
            uri = last;
        }
        else
        {
            uri = new Uri(new string(_buffer, 0, _length), UriKind.Absolute);
            _operation.LastRequestUri = uri;
        }

        char[] buffer = _buffer;
        _buffer = Array.Empty<char>();
        _length = 0;
        ArrayPool<char>.Shared.Return(buffer);
        return uri;
    }

    private readonly bool SameText(string text) =>
        text.AsSpan().SequenceEqual(new ReadOnlySpan<char>(_buffer, 0, _length));

    private void Append(char value)
    {
        if (_length == _buffer.Length)
        {
            Grow(1);
        }

        _buffer[_length++] = value;
    }

    private void Append(string value)
    {
        if (_length + value.Length > _buffer.Length)
        {
            Grow(value.Length);
        }

        value.CopyTo(0, _buffer, _length, value.Length);
        _length += value.Length;
    }

    private void Grow(int additional)
    {
        char[] larger = ArrayPool<char>.Shared.Rent(Math.Max(_buffer.Length * 2, _length + additional));
        Array.Copy(_buffer, larger, _length);
        char[] old = _buffer;
        _buffer = larger;
        if (old.Length > 0)
        {
            ArrayPool<char>.Shared.Return(old);
        }
    }
}
