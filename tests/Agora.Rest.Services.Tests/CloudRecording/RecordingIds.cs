using System;
using System.Net.Http;
using Agora.Rest.Services.Tests.Infrastructure;

namespace Agora.Rest.Services.Tests.CloudRecording;

/// <summary>Random identifiers and storage credentials for one Cloud Recording test, made at test time.</summary>
internal sealed class RecordingIds
{
    public const string Host = "https://api.sd-rtn.com";

    public string AppId { get; } = Guid.NewGuid().ToString("N");

    public string ResourceId { get; } = "rs" + Guid.NewGuid().ToString("N") + Guid.NewGuid().ToString("N");

    public string Sid { get; } = Guid.NewGuid().ToString("N");

    public string Cname { get; } = "room" + Guid.NewGuid().ToString("N")[..8];

    public string Uid { get; } = Random.Shared.Next(1, int.MaxValue).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public string AccessKey { get; } = "ak" + Guid.NewGuid().ToString("N");

    public string SecretKey { get; } = Guid.NewGuid().ToString("N");

    public string Token { get; } = "t" + Guid.NewGuid().ToString("N");

    public string EncryptionKey { get; } = Guid.NewGuid().ToString("N");

    public string Salt { get; } = Convert.ToBase64String([.. Guid.NewGuid().ToByteArray(), .. Guid.NewGuid().ToByteArray()]);

    public string SessionPath(string mode, string operation) =>
        $"/v1/apps/{AppId}/cloud_recording/resourceid/{ResourceId}/sid/{Sid}/mode/{mode}/{operation}";

    public string StartPath(string mode) => $"/v1/apps/{AppId}/cloud_recording/resourceid/{ResourceId}/mode/{mode}/start";

    public string AcquirePath => $"/v1/apps/{AppId}/cloud_recording/acquire";

    /// <summary>The session fields every start, update and updateLayout answer carries.</summary>
    public string SessionJson =>
        $$"""{"cname":"{{Cname}}","uid":"{{Uid}}","resourceId":"{{ResourceId}}","sid":"{{Sid}}"}""";

    /// <summary>Asserts method, full address (host and path) and the Basic scheme of the one request sent.</summary>
    public static SentRequest AssertSent(RecordingHandler handler, HttpMethod method, string path)
    {
        SentRequest sent = handler.Single;
        Assert.Equal(method, sent.Method);
        Assert.Equal(Host + path, sent.Uri.GetLeftPart(UriPartial.Path));
        Assert.Equal(string.Empty, sent.Uri.Query);
        Assert.Equal("Basic", sent.AuthorizationScheme);
        return sent;
    }
}
