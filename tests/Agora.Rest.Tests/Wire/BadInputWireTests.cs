using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading.Tasks;
using Agora.Rest.Tests.Apis;

namespace Agora.Rest.Tests.Wire;

/// <summary>
/// One table of bad input for every value that reaches the wire: null, empty, whitespace, CR/LF, non-ASCII and
/// oversized customer ids, secrets, tokens, uids, route values, query values and header values. Each either fails with an
/// <see cref="ArgumentException"/> naming the argument (never the value) before anything is sent, or is sent in its
/// documented encoding. The real server behind the client counts what arrived.
/// </summary>
public sealed class BadInputWireTests : IAsyncLifetime
{
    private RecordingServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = await RecordingServer.StartAsync();
        _server.Respond(request => request.RawTarget.Contains("/rtm/", StringComparison.Ordinal)
            ? PlannedResponse.Json("""{"result":"success","request_id":"r","events":[]}""")
            : new PlannedResponse(200, "ok", "text/plain"));
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public static IEnumerable<object?[]> Refused()
    {
        string[] values = { null!, "", " ", "\t", "a\r\nb", "a\nb", " padded", "padded ", new string('x', 20_000) };
        foreach (string value in values)
        {
            yield return new object?[] { "customerId", value };
            yield return new object?[] { "customerSecret", value };
            yield return new object?[] { "token", value };
            yield return new object?[] { "uid", value };
        }

        yield return new object?[] { "customerId", "id:with-colon" };
        yield return new object?[] { "token", "007eJx\u00e9" };
        yield return new object?[] { "token", "007 eJx" };
        yield return new object?[] { "uid", "us\u00e9r" };
        yield return new object?[] { "route value", null };
        yield return new object?[] { "route value", "" };
        yield return new object?[] { "route value", "." };
        yield return new object?[] { "route value", ".." };
        yield return new object?[] { "route value", new string('x', 2049) };
        yield return new object?[] { "header value", "a\r\nb" };
        yield return new object?[] { "header value", "a\u0000b" };
        yield return new object?[] { "header value", "caf\u00e9" };
        yield return new object?[] { "header value", new string('x', 8193) };
        yield return new object?[] { "query value", new string('x', 2049) };
        yield return new object?[] { "query item", new string('x', 2049) };
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task Refused_before_anything_is_sent_naming_the_argument_not_the_value(string what, string? value)
    {
        ArgumentException error = await Assert.ThrowsAnyAsync<ArgumentException>(() => UseAsync(what, value));

        Assert.False(string.IsNullOrEmpty(error.ParamName), "The exception must name the argument.");
        if (value is { Length: > 3 })
        {
            Assert.DoesNotContain(value, error.Message, StringComparison.Ordinal);
        }

        Assert.Empty(_server.Requests);
    }

    public static IEnumerable<object?[]> Encoded() => new[]
    {
        // Route values are one percent-encoded segment (RFC 3986 unreserved characters stay as they are).
        new object?[] { "route value", " ", "/items/%20" },
        new object?[] { "route value", "a\r\nb", "/items/a%0D%0Ab" },
        new object?[] { "route value", "caf\u00e9/x?y#z", "/items/caf%C3%A9%2Fx%3Fy%23z" },
        new object?[] { "route value", new string('x', 2048), "/items/" + new string('x', 2048) },
        // Query values are escaped the same way; one of 2,048 characters is the longest sent.
        new object?[] { "query value", "caf\u00e9 & more", "/query?text=caf%C3%A9%20%26%20more&flag=false&n=0&m=0" },
        new object?[] { "query value", new string('x', 2048), "/query?text=" + new string('x', 2048) + "&flag=false&n=0&m=0" },
        // Basic credentials are UTF-8 before base64; inner spaces and non-ASCII are allowed. Uids go as they are.
        new object?[] { "customerSecret", "s\u00e9cret with spaces", "/items/1" },
        new object?[] { "uid", "user with spaces", "/dev/v2/project/app/rtm/vendor/user_events" },
    };

    [Theory]
    [MemberData(nameof(Encoded))]
    public async Task Sent_in_the_documented_encoding(string what, string value, string expectedTarget)
    {
        string id = await UseAsync(what, value);

        RecordedRequest sent = _server.Single;
        Assert.Equal(expectedTarget, sent.RawTarget);
        if (what == "customerSecret")
        {
            Assert.Equal(Secrets.ExpectedBasic(id, value), sent.Header("Authorization"));
        }
        else if (what == "uid")
        {
            Assert.Equal(value, sent.Header("x-agora-uid"));
        }
    }

    /// <summary>Makes the call <paramref name="what"/> names with <paramref name="value"/>; returns the customer id used.</summary>
    private async Task<string> UseAsync(string what, string? value)
    {
        string id = Secrets.RandomHex();
        string secret = Secrets.RandomHex();
        using HttpClient http = _server.CreateHttpClient();
        switch (what)
        {
            case "customerId":
                await new FeatureApiClient(http, AgoraCredentials.Basic(value!, secret)).NumericPathAsync(1);
                break;
            case "customerSecret":
                await new FeatureApiClient(http, AgoraCredentials.Basic(id, value!)).NumericPathAsync(1);
                break;
            case "token":
                await new SignalingApiClient(http, AgoraCredentials.Token(value!)).GetUserEventsAsync("app");
                break;
            case "uid":
                await new LegacySignalingApiClient(http, AgoraCredentials.Token(Secrets.RandomToken(), value!)).GetUserEventsAsync("app");
                break;
            case "route value":
                await new FeatureApiClient(http, AgoraCredentials.Basic(id, secret)).RouteValueAsync(value!);
                break;
            case "query value":
                await new FeatureApiClient(http, AgoraCredentials.Basic(id, secret)).QueryAsync(text: value);
                break;
            case "query item":
                await new FeatureApiClient(http, AgoraCredentials.Basic(id, secret)).QueryAsync(tags: new[] { "short", value });
                break;
            default:
                await new FeatureApiClient(http, AgoraCredentials.Basic(id, secret)).HeadersAsync(value);
                break;
        }

        return id;
    }
}
