using System;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace Agora.Rest.Infrastructure;

/// <summary>
/// Turns a failed response into an <see cref="AgoraApiException"/>: reads a bounded part of the body,
/// parses Agora's error fields from any of its documented shapes, and scrubs known secrets.
/// </summary>
internal static class AgoraErrorReader
{
    private const int ExcerptLength = 1024;

    public static async Task<AgoraApiException> ReadAsync(
        HttpResponseMessage response,
        AgoraOperation operation,
        AgoraCredentials credentials,
        string? tokenValue,
        int maxBytes,
        Routing.AttemptHistory? attempts,
        CancellationToken cancellationToken)
    {
        (byte[] body, IOException? lost) = await ReadBoundedAsync(response.Content, maxBytes, cancellationToken).ConfigureAwait(false);
        ErrorFields fields = ParseFields(body);

        // Scrub before cutting, so that a secret straddling the cut cannot leave a fragment behind.
        string? excerpt = null;
        if (body.Length > 0)
        {
            bool wasCut = body.Length == maxBytes || lost is not null;
            string text = SecretRedactor.Redact(Encoding.UTF8.GetString(body), credentials, tokenValue, wasCut)!;
            excerpt = text.Length > ExcerptLength ? text.Substring(0, ExcerptLength) : text;
        }

        string? requestId = HeaderValue(response, "X-Request-ID") ?? fields.RequestId;
        TimeSpan? retryAfter = RetryAfter(response);
        string? errorMessage = SecretRedactor.Redact(fields.Message, credentials, tokenValue);
        string? reason = SecretRedactor.Redact(fields.Reason, credentials, tokenValue);
        string? code = SecretRedactor.Redact(fields.Code, credentials, tokenValue);
        requestId = SecretRedactor.Redact(requestId, credentials, tokenValue);

        string message = Describe(operation, response.StatusCode, errorMessage, code, reason, requestId, retryAfter);
        if (lost is not null)
        {
            // The status is known, so the failure is still this status; the lost connection is kept as the cause.
            message += $" The connection was lost while the error body was read ({SecretRedactor.Redact(lost.Message, credentials, tokenValue)}).";
        }

        if (attempts is not null)
        {
            message += $" Attempts: {attempts.Describe()}.";
        }

        return new AgoraApiException(message, response.StatusCode, operation.DisplayName, errorMessage, code, reason, requestId, retryAfter, excerpt, lost);
    }

    public static AgoraApiException Unreadable(HttpResponseMessage response, AgoraOperation operation, string expected, Exception inner)
    {
        string? requestId = HeaderValue(response, "X-Request-ID");
        string message =
            $"{operation.DisplayName} returned HTTP {(int)response.StatusCode} ({response.StatusCode}) with a body that could not be read as {expected}: {inner.Message}" +
            (requestId is null ? string.Empty : $" Request ID: {requestId}.");
        return new AgoraApiException(message, response.StatusCode, operation.DisplayName, requestId: requestId, innerException: inner);
    }

    private static string Describe(
        AgoraOperation operation, HttpStatusCode status, string? errorMessage, string? code, string? reason, string? requestId, TimeSpan? retryAfter)
    {
        var text = new StringBuilder();
        text.Append(operation.DisplayName).Append(" failed with HTTP ").Append((int)status).Append(" (").Append(status).Append(')');
        if (errorMessage is not null)
        {
            text.Append(": ").Append(errorMessage);
        }

        if (code is not null || reason is not null)
        {
            text.Append(errorMessage is null ? ": " : " ").Append('[');
            if (code is not null)
            {
                text.Append("code ").Append(code);
            }

            if (reason is not null)
            {
                text.Append(code is null ? string.Empty : ", ").Append(reason);
            }

            text.Append(']');
        }

        text.Append('.');
        text.Append(Hint(status, operation.AuthScheme, retryAfter));
        if (requestId is not null)
        {
            text.Append(" Request ID: ").Append(requestId).Append('.');
        }

        return text.ToString();
    }

    private static string Hint(HttpStatusCode status, AgoraAuthScheme scheme, TimeSpan? retryAfter) => (int)status switch
    {
        401 when scheme == AgoraAuthScheme.Basic =>
            " Check the Customer ID and Customer Secret (Agora Console, RESTful API).",
        401 when scheme is AgoraAuthScheme.AccessToken2 or AgoraAuthScheme.AccessToken =>
            " Check that the token is for this App ID and user and has not expired.",
        429 when retryAfter is { } wait =>
            $" Rate limited: retry after {wait.TotalSeconds:0.###} s.",
        429 => " Rate limited: retry later.",
        _ => string.Empty,
    };

    // What arrived of the body, up to maxBytes, and the I/O failure that ended the read early, if one did (unless the
    // caller cancelled: then the failure is the cancellation's doing and propagates).
    private static async Task<(byte[] Body, IOException? Lost)> ReadBoundedAsync(HttpContent? content, int maxBytes, CancellationToken cancellationToken)
    {
        if (content is null || maxBytes <= 0)
        {
            return (Array.Empty<byte>(), null);
        }

#if NET5_0_OR_GREATER
        Stream stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
#else
        Stream stream = await content.ReadAsStreamAsync().ConfigureAwait(false);
#endif
        using (stream)
        {
            var buffer = new byte[Math.Min(maxBytes, 16 * 1024)];
            int total = 0;
            IOException? lost = null;
            try
            {
                while (total < maxBytes)
                {
                    if (total == buffer.Length)
                    {
                        Array.Resize(ref buffer, Math.Min(maxBytes, buffer.Length * 2));
                    }

                    int read = await stream.ReadAsync(buffer, total, buffer.Length - total, cancellationToken).ConfigureAwait(false);
                    if (read == 0)
                    {
                        break;
                    }

                    total += read;
                }
            }
            catch (IOException failure) when (!cancellationToken.IsCancellationRequested)
            {
                lost = failure;
            }

            if (total != buffer.Length)
            {
                Array.Resize(ref buffer, total);
            }

            return (buffer, lost);
        }
    }

    private static ErrorFields ParseFields(byte[] body)
    {
        var fields = new ErrorFields();
        if (body.Length == 0)
        {
            return fields;
        }

        try
        {
            var reader = new Utf8JsonReader(body, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return fields;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                string name = reader.GetString()!;
                if (!reader.Read())
                {
                    break;
                }

                string? value = ScalarText(ref reader);
                if (value is null)
                {
                    reader.Skip();
                    continue;
                }

                switch (name)
                {
                    case "message":
                    case "detail":
                        fields.Message ??= value;
                        break;
                    case "code":
                    case "errorCode":
                        fields.Code ??= value;
                        break;
                    case "reason":
                        fields.Reason ??= value;
                        break;
                    case "request_id":
                    case "requestId":
                        fields.RequestId ??= value;
                        break;
                }
            }
        }
        catch (JsonException)
        {
            // A truncated or non-JSON body still yields the status and an excerpt.
        }

        return fields;
    }

    private static string? ScalarText(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Number => Encoding.UTF8.GetString(reader.ValueSpan.ToArray()),
        JsonTokenType.True => "true",
        JsonTokenType.False => "false",
        _ => null,
    };

    private static string? HeaderValue(HttpResponseMessage response, string name)
    {
        if (response.Headers.TryGetValues(name, out IEnumerable<string>? values))
        {
            foreach (string value in values)
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>The wait a response's <c>Retry-After</c> asks for (a delay, or a date measured on <paramref name="clock"/>), or <see langword="null"/>.</summary>
    internal static TimeSpan? RetryAfter(HttpResponseMessage response, TimeProvider? clock = null)
    {
        var retryAfter = response.Headers.RetryAfter;
        if (retryAfter is null)
        {
            return null;
        }

        if (retryAfter.Delta is { } delta)
        {
            return delta;
        }

        if (retryAfter.Date is { } date)
        {
            TimeSpan wait = date - (clock ?? TimeProvider.System).GetUtcNow();
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }

    private sealed class ErrorFields
    {
        public string? Message { get; set; }

        public string? Code { get; set; }

        public string? Reason { get; set; }

        public string? RequestId { get; set; }
    }
}
