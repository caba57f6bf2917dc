using System.IO;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;

namespace Agora.Rest.Infrastructure;

/// <summary>One handler per return shape a generated method can declare.</summary>
internal static class ResponseHandlers
{
    /// <summary><c>Task</c> / <c>ValueTask</c>: the status is all that matters.</summary>
    /// <remarks>Not an async method, for the reason <see cref="Body{T, TReader}"/> gives: a success needs no state machine.</remarks>
    public readonly struct NoContent : IResponseHandler<bool>
    {
        public ValueTask<bool> HandleAsync(ResponseContext context, CancellationToken cancellationToken)
        {
            if (!context.IsSuccess)
            {
                return FailAsync<bool>(context, cancellationToken);
            }

            context.Response.Dispose();
            return new ValueTask<bool>(true);
        }
    }

    /// <summary>A body read into a value: the status must be 2xx, else <see cref="AgoraApiException"/>.</summary>
    /// <remarks>
    /// Not an async method: when the reader finishes at once (a small JSON answer arrives with its headers), the
    /// call completes with no state machine of its own, which a process's first call would otherwise have to compile
    /// (Tier0 JIT of the method, its builder and box instantiations). Only a failed status or a body still
    /// arriving takes an async path.
    /// </remarks>
    public readonly struct Body<T, TReader> : IResponseHandler<T>
        where TReader : struct, IBodyReader<T>
    {
        private readonly TReader _reader;

        public Body(TReader reader)
        {
            _reader = reader;
        }

        public ValueTask<T> HandleAsync(ResponseContext context, CancellationToken cancellationToken)
        {
            HttpResponseMessage response = context.Response;
            if (!context.IsSuccess)
            {
                return FailAsync<T>(context, cancellationToken);
            }

            ValueTask<T?> reading;
            try
            {
                reading = _reader.ReadAsync(context, cancellationToken);
            }
            catch
            {
                response.Dispose();
                throw;
            }

            if (!reading.IsCompleted)
            {
                return ReadToEndAsync(reading, response);
            }

            using (response)
            {
                return new ValueTask<T>(reading.Result!);
            }
        }

        private static async ValueTask<T> ReadToEndAsync(ValueTask<T?> reading, HttpResponseMessage response)
        {
            using (response)
            {
                return (await reading.ConfigureAwait(false))!;
            }
        }
    }

    /// <summary>A JSON body read through the caller's <see cref="JsonTypeInfo{T}"/>.</summary>
    /// <remarks>Not an async method, for the reason <see cref="Body{T, TReader}"/> gives: a body already here is read at once.</remarks>
    public readonly struct Json<T> : IBodyReader<T>
    {
        private readonly JsonTypeInfo<T> _typeInfo;

        public Json(JsonTypeInfo<T> typeInfo)
        {
            _typeInfo = typeInfo;
        }

        public ValueTask<T?> ReadAsync(ResponseContext context, CancellationToken cancellationToken)
        {
            HttpResponseMessage response = context.Response;
            HttpContent? content = response.Content;
            if (content is null || IsEmpty(response))
            {
                return default;
            }

            Task<Stream> opening = ReadStreamAsync(content, cancellationToken);
            if (opening.Status != TaskStatus.RanToCompletion)
            {
                return OpenThenDeserializeAsync(opening, context, cancellationToken);
            }

            ValueTask<T?> reading;
            try
            {
                reading = JsonSerializer.DeserializeAsync(opening.Result, _typeInfo, cancellationToken);
                if (reading.IsCompleted)
                {
                    return new ValueTask<T?>(reading.Result);
                }
            }
            catch (JsonException exception)
            {
                throw Unreadable(context, exception);
            }

            return FinishAsync(reading, context);
        }

        private async ValueTask<T?> OpenThenDeserializeAsync(Task<Stream> opening, ResponseContext context, CancellationToken cancellationToken)
        {
            Stream stream = await opening.ConfigureAwait(false);
            return await FinishAsync(JsonSerializer.DeserializeAsync(stream, _typeInfo, cancellationToken), context).ConfigureAwait(false);
        }

        private async ValueTask<T?> FinishAsync(ValueTask<T?> reading, ResponseContext context)
        {
            try
            {
                return await reading.ConfigureAwait(false);
            }
            catch (JsonException exception)
            {
                throw Unreadable(context, exception);
            }
        }

        private AgoraApiException Unreadable(in ResponseContext context, JsonException exception) =>
            AgoraErrorReader.Unreadable(context.Response, context.Operation, _typeInfo.Type.Name, exception);
    }

    /// <summary><c>string</c>: the body as text, decoded by its charset.</summary>
    public readonly struct Text : IBodyReader<string>
    {

        public async ValueTask<string?> ReadAsync(ResponseContext context, CancellationToken cancellationToken)
        {
            HttpContent? content = context.Response.Content;
            if (content is null)
            {
                return string.Empty;
            }
#if NET5_0_OR_GREATER
            return await content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
#else
            return await CancelByDisposing(content.ReadAsStringAsync(), context.Response, cancellationToken).ConfigureAwait(false);
#endif
        }
    }

    /// <summary><c>byte[]</c>: the body as it came.</summary>
    public readonly struct Bytes : IBodyReader<byte[]>
    {

        public async ValueTask<byte[]?> ReadAsync(ResponseContext context, CancellationToken cancellationToken)
        {
            HttpContent? content = context.Response.Content;
            if (content is null)
            {
                return System.Array.Empty<byte>();
            }
#if NET5_0_OR_GREATER
            return await content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
#else
            return await CancelByDisposing(content.ReadAsByteArrayAsync(), context.Response, cancellationToken).ConfigureAwait(false);
#endif
        }
    }

    /// <summary><c>Stream</c>: handed to the caller, who disposes it (and with it the connection).</summary>
    public readonly struct BodyStream : IResponseHandler<Stream>
    {
        public async ValueTask<Stream> HandleAsync(ResponseContext context, CancellationToken cancellationToken)
        {
            if (!context.IsSuccess)
            {
                using (context.Response)
                {
                    throw await context.Core.ReadErrorAsync(context, cancellationToken).ConfigureAwait(false);
                }
            }

            HttpContent? content = context.Response.Content;
            if (content is null)
            {
                context.Response.Dispose();
                return Stream.Null;
            }

            try
            {
                return await ReadStreamAsync(content, cancellationToken).ConfigureAwait(false);
            }
            catch
            {
                // The caller never gets the stream, so nothing else would release the connection.
                context.Response.Dispose();
                throw;
            }
        }
    }

    /// <summary><c>HttpResponseMessage</c>: no status check; the caller owns the response.</summary>
    public readonly struct Raw : IResponseHandler<HttpResponseMessage>
    {
        public ValueTask<HttpResponseMessage> HandleAsync(ResponseContext context, CancellationToken cancellationToken) =>
            new(context.Response);
    }

    /// <summary><c>AgoraResponse&lt;T&gt;</c>: status, headers and value or error, returned rather than thrown.</summary>
    public readonly struct Envelope<T, TReader> : IResponseHandler<AgoraResponse<T>>
        where TReader : struct, IBodyReader<T>
    {
        private readonly TReader _reader;

        public Envelope(TReader reader)
        {
            _reader = reader;
        }

        public async ValueTask<AgoraResponse<T>> HandleAsync(ResponseContext context, CancellationToken cancellationToken)
        {
            HttpResponseMessage response = context.Response;
            using (response)
            {
                if (!context.IsSuccess)
                {
                    AgoraApiException error = await context.Core.ReadErrorAsync(context, cancellationToken).ConfigureAwait(false);
                    return new AgoraResponse<T>(response.StatusCode, response.Headers, default, error);
                }

                try
                {
                    T? value = await _reader.ReadAsync(context, cancellationToken).ConfigureAwait(false);
                    return new AgoraResponse<T>(response.StatusCode, response.Headers, value, null);
                }
                catch (AgoraApiException unreadable)
                {
                    return new AgoraResponse<T>(response.StatusCode, response.Headers, default, unreadable);
                }
            }
        }
    }

    // A status that is not 2xx: the error read from the body, thrown; the response disposed either way.
    private static async ValueTask<T> FailAsync<T>(ResponseContext context, CancellationToken cancellationToken)
    {
        using (context.Response)
        {
            throw await context.Core.ReadErrorAsync(context, cancellationToken).ConfigureAwait(false);
        }
    }

    private static bool IsEmpty(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.NoContent
        || response.StatusCode == HttpStatusCode.ResetContent
        || response.Content.Headers.ContentLength == 0;

#if !NET5_0_OR_GREATER
    // These frameworks read a whole body without a cancellation token; disposing the response aborts the read.
    private static async Task<T> CancelByDisposing<T>(Task<T> read, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (!cancellationToken.CanBeCanceled)
        {
            return await read.ConfigureAwait(false);
        }

        using (cancellationToken.Register(static state => ((HttpResponseMessage)state!).Dispose(), response))
        {
            try
            {
                return await read.ConfigureAwait(false);
            }
            catch (System.Exception exception) when (cancellationToken.IsCancellationRequested && exception is not System.OperationCanceledException)
            {
                throw new System.OperationCanceledException("The response body was not read: the operation was canceled.", exception, cancellationToken);
            }
        }
    }
#endif

    private static Task<Stream> ReadStreamAsync(HttpContent content, CancellationToken cancellationToken) =>
#if NET5_0_OR_GREATER
        content.ReadAsStreamAsync(cancellationToken);
#else
        content.ReadAsStreamAsync();
#endif
}
