using System;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Agora.Rest.Tests.Apis;

namespace Agora.Rest.Tests.Wire;

/// <summary>Method, raw target, headers and body bytes for every binding the generator supports.</summary>
public sealed class RequestShapeWireTests : IAsyncLifetime
{
    private RecordingServer _server = null!;
    private FeatureApiClient _api = null!;

    public async Task InitializeAsync()
    {
        _server = await RecordingServer.StartAsync();
        _server.Respond(new PlannedResponse(200, "ok", "text/plain"));
        _api = new FeatureApiClient(_server.CreateHttpClient(), AgoraCredentials.Basic(Secrets.RandomHex(), Secrets.RandomHex()));
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a/b", "a%2Fb")]
    [InlineData("a?b#c", "a%3Fb%23c")]
    [InlineData("with space", "with%20space")]
    [InlineData("100%", "100%25")]
    [InlineData("caf\u00e9 \u20ac", "caf%C3%A9%20%E2%82%AC")]
    [InlineData("..a", "..a")]
    [InlineData("a\\b", "a%5Cb")]
    public async Task Route_values_are_escaped_as_single_segments(string value, string expected)
    {
        await _api.PathAsync(value, "n");

        Assert.Equal($"/items/{expected}/sub/n", _server.Single.RawTarget);
    }

    [Theory]
    [InlineData("")]
    [InlineData(".")]
    [InlineData("..")]
    public async Task Route_values_that_would_change_the_path_are_refused_before_sending(string value)
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => _api.PathAsync(value, "n"));

        Assert.Equal("id", error.ParamName);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task A_null_route_value_is_refused_before_sending()
    {
        var error = await Assert.ThrowsAsync<ArgumentNullException>(() => _api.PathAsync("x", null!));

        Assert.Equal("other", error.ParamName);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task Numeric_route_values_use_the_invariant_culture()
    {
        await _api.NumericPathAsync(-1234567);

        Assert.Equal("/items/-1234567", _server.Single.RawTarget);
    }

    [Fact]
    public async Task Query_omits_nulls_and_formats_every_type_invariantly()
    {
        CultureInfo previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = new CultureInfo("de-DE");
        try
        {
            await _api.QueryAsync(
                text: "a&b=c d+e",
                flag: true,
                number: 1.5,
                when: new DateTimeOffset(2026, 11, 28, 4, 5, 6, TimeSpan.FromHours(8)),
                day: new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc),
                mode: RecordingMode.Individual,
                ids: new[] { 1, 2, 3 },
                tags: new[] { "x", null, "y/z" },
                guid: new Guid("0f8fad5b-d9cb-469f-a165-70867728950e"),
                amount: 1234.5m);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }

        Assert.Equal(
            "/query?text=a%26b%3Dc%20d%2Be&flag=true&n=1.5&when=2026-11-28T04%3A05%3A06.0000000%2B08%3A00" +
            "&day=2026-01-02T03%3A04%3A05.0000000Z&mode=individual&id=1&id=2&id=3&tag=x&tag=y%2Fz" +
            "&guid=0f8fad5b-d9cb-469f-a165-70867728950e&m=1234.5",
            _server.Single.RawTarget);
    }

    [Fact]
    public async Task Query_defaults_send_only_the_values_that_are_not_null()
    {
        await _api.QueryAsync();

        Assert.Equal("/query?flag=false&n=0&m=0", _server.Single.RawTarget);
    }

    [Theory]
    [InlineData(RecordingMode.Mix, "mix")]
    [InlineData(RecordingMode.Web, "Web")]
    [InlineData((RecordingMode)42, "42")]
    public async Task Enums_use_their_json_names(RecordingMode mode, string expected)
    {
        await _api.QueryAsync(mode: mode);

        Assert.Contains("&mode=" + expected, _server.Single.RawTarget, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_literal_query_in_the_route_is_continued_with_ampersands()
    {
        await _api.LiteralQueryAsync("v");
        await _api.LiteralQueryAsync();

        Assert.Equal("/query?fixed=1&extra=v", _server.Requests[0].RawTarget);
        Assert.Equal("/query?fixed=1", _server.Requests[1].RawTarget);
    }

    [Fact]
    public async Task Static_headers_merge_with_method_overrides_and_parameter_headers()
    {
        await _api.HeadersAsync("req-1", 7);
        await _api.HeadersAsync(null);

        RecordedRequest first = _server.Requests[0];
        Assert.Equal("1", first.Header("x-api-version"));
        Assert.Equal("method", first.Header("x-client"));
        Assert.Equal("req-1", first.Header("x-request-id"));
        Assert.Equal("7", first.Header("x-count"));
        RecordedRequest second = _server.Requests[1];
        Assert.False(second.HasHeader("x-request-id"));
        Assert.False(second.HasHeader("x-count"));
    }

    [Theory]
    [InlineData("a\r\nInjected: 1")]
    [InlineData("a\nb")]
    [InlineData("nul\0")]
    [InlineData("caf\u00e9")]
    public async Task Header_values_that_cannot_travel_safely_are_refused_before_sending(string value)
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => _api.HeadersAsync(value));

        Assert.Equal("requestId", error.ParamName);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task Json_bodies_are_utf8_json_with_charset()
    {
        _server.Respond(PlannedResponse.Json("""{"name":"back","count":2}"""));

        Payload echoed = await _api.JsonBodyAsync(new Payload("caf\u00e9", 1));

        RecordedRequest request = _server.Single;
        Assert.Equal("POST", request.Method);
        Assert.Equal("application/json; charset=utf-8", request.Header("Content-Type"));
        Assert.Equal(Encoding.UTF8.GetBytes("{\"name\":\"caf\\u00E9\",\"count\":1}"), request.Body);
        Assert.Equal(request.Body.Length.ToString(CultureInfo.InvariantCulture), request.Header("Content-Length"));
        Assert.Equal(new Payload("back", 2), echoed);
    }

    [Fact]
    public async Task A_null_json_body_sends_no_content()
    {
        _server.Respond(PlannedResponse.Json("""{"name":"n","count":0}"""));

        await _api.JsonBodyAsync(null);

        Assert.Empty(_server.Single.Body);
        Assert.False(_server.Single.HasHeader("Content-Type"));
    }

    [Fact]
    public async Task Text_bytes_stream_and_content_bodies_pass_through()
    {
        byte[] bytes = { 0, 1, 2, 255 };
        await _api.TextBodyAsync("h\u00e9llo");
        await _api.BytesBodyAsync(bytes);
        await _api.StreamBodyAsync(new MemoryStream(bytes));
        await _api.ContentBodyAsync(new StringContent("<x/>", Encoding.UTF8, "application/xml"));

        RecordedRequest text = _server.Requests[0];
        Assert.Equal("PUT", text.Method);
        Assert.Equal("text/plain; charset=utf-8", text.Header("Content-Type"));
        Assert.Equal("h\u00e9llo", text.BodyText);

        RecordedRequest raw = _server.Requests[1];
        Assert.Equal("PATCH", raw.Method);
        Assert.Equal("application/octet-stream", raw.Header("Content-Type"));
        Assert.Equal(bytes, raw.Body);

        Assert.Equal(bytes, _server.Requests[2].Body);
        Assert.Equal("application/octet-stream", _server.Requests[2].Header("Content-Type"));

        Assert.Equal("<x/>", _server.Requests[3].BodyText);
        Assert.Equal("application/xml; charset=utf-8", _server.Requests[3].Header("Content-Type"));
    }

    [Fact]
    public async Task Head_and_delete_use_their_methods()
    {
        await _api.HeadAsync();
        await _api.BytesAsync();

        Assert.Equal("HEAD", _server.Requests[0].Method);
        Assert.Equal("DELETE", _server.Requests[1].Method);
    }

    [Fact]
    public async Task Generated_code_keeps_quotes_backslashes_and_comment_closers_intact()
    {
        var api = new EscapingApiClient(_server.CreateHttpClient(), AgoraCredentials.Token(Secrets.RandomToken()));

        await api.OddRouteAsync("v");
        await api.KeywordAsync("c", "e");

        Assert.Equal("/a%22b/v/c%5Cd", _server.Requests[0].RawTarget);
        Assert.Equal("say \"hi\" \\ */ /* // done", _server.Requests[0].Header("x-quote"));
        Assert.Equal("/keyword/c?event=e", _server.Requests[1].RawTarget);
        Assert.False(_server.Requests[0].HasHeader("Authorization"));
    }

    [Fact]
    public async Task Members_that_cannot_be_generated_throw_NotSupportedException_naming_the_reason()
    {
        IEscapingApi api = new EscapingApiClient(_server.CreateHttpClient(), AgoraCredentials.Token(Secrets.RandomToken()));

        var header = await Assert.ThrowsAsync<NotSupportedException>(() => api.BrokenHeaderAsync());
        var verb = await Assert.ThrowsAsync<NotSupportedException>(() => api.NoHttpMethodAsync());
        var unbound = await Assert.ThrowsAsync<NotSupportedException>(() => api.UnboundAsync("x"));

        Assert.Contains("line break", header.Message, StringComparison.Ordinal);
        Assert.Contains("no HTTP method attribute", verb.Message, StringComparison.Ordinal);
        Assert.Contains("'nothing' is bound to nothing", unbound.Message, StringComparison.Ordinal);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task Struct_collections_send_each_item_and_default_sends_none()
    {
        var api = new EscapingApiClient(_server.CreateHttpClient(), AgoraCredentials.Token(Secrets.RandomToken()));

        await api.StructCollectionAsync(ImmutableArray.Create(1, 2));
        await api.StructCollectionAsync(default);

        Assert.Equal("/structs?n=1&n=2", _server.Requests[0].RawTarget);
        Assert.Equal("/structs", _server.Requests[1].RawTarget);
    }

    [Fact]
    public async Task Methods_named_like_object_members_are_implemented_explicitly_and_send()
    {
        IEscapingApi api = new EscapingApiClient(_server.CreateHttpClient(), AgoraCredentials.Token(Secrets.RandomToken()));

        await api.ToString("7");
        await api.GetHashCode(CancellationToken.None);

        Assert.Equal("/object-names/7", _server.Requests[0].RawTarget);
        Assert.Equal("/object-names", _server.Requests[1].RawTarget);
        Assert.DoesNotContain("Task", api.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Parameters_named_like_client_members_do_not_shadow_them()
    {
        var api = new ShadowingApiClient(_server.CreateHttpClient(), AgoraCredentials.Basic(Secrets.RandomHex(), Secrets.RandomHex()));

        await api.ShadowAsync("s", "o", RecordingMode.Mix, "c", "a");

        Assert.Equal("/shadow/s?__agoraOperation0=o&mode=mix&ShadowingApiClient=c&Agora=a", _server.Single.RawTarget);
        Assert.StartsWith("Basic ", _server.Single.Header("Authorization"), StringComparison.Ordinal);
    }
}
