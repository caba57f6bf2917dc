using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Agora.Rest.Testing.Gateway;
using Agora.Rest.Testing.State;

namespace Agora.Rest.Testing.Endpoints;

/// <summary>
/// Cloud Recording's documented body rules (ranges, value lists, required members), each returning the reason to
/// answer or <see langword="null"/> when the body keeps the rule.
/// </summary>
internal static partial class RecordingRequestRules
{
    /// <summary>The most windows a mix layout has (the layouts' and <c>layoutConfig</c>'s documented maximum).</summary>
    public const int MaxLayoutRegions = 17;

    /// <summary>The most UIDs one subscription list takes.</summary>
    public const int MaxUidsPerList = 32;

    // A recorder or user uid on the wire: a string holding an integer from 1 to 2^32-1.
    public static bool IsUid(string? text) =>
        uint.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out uint number) && number != 0;

    /// <summary>Start's <c>recordingFileConfig.avFileType</c>: <c>hls</c>, or <c>hls</c> and <c>mp4</c>; <c>mp4</c> alone is an error.</summary>
    public static string? AvFileTypes(JsonElement clientRequest, out IReadOnlyList<string> types)
    {
        types = ["hls"];
        if (!clientRequest.TryGetProperty("recordingFileConfig", out JsonElement config) || config.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (config.ValueKind != JsonValueKind.Object
            || !config.TryGetProperty("avFileType", out JsonElement list) || list.ValueKind != JsonValueKind.Array)
        {
            return "recordingFileConfig.avFileType must be an array";
        }

        var found = new List<string>();
        foreach (JsonElement item in list.EnumerateArray())
        {
            if (item.GetString() is not ("hls" or "mp4") || found.Contains(item.GetString()!))
            {
                return "recordingFileConfig.avFileType items are hls and mp4, each once";
            }

            found.Add(item.GetString()!);
        }

        if (!found.Contains("hls"))
        {
            return "recordingFileConfig.avFileType must contain hls (mp4 alone is not supported)";
        }

        types = found;
        return null;
    }

    /// <summary>
    /// Web start's <c>extensionServiceConfig</c>: a <c>web_recorder_service</c> with its required <c>serviceParam</c>
    /// (url, audioProfile, videoWidth × videoHeight within 1920 × 1080, maxRecordingHour 1–720, and the documented
    /// ranges of the optional members), and optionally an <c>rtmp_publish_service</c> with RTMP(S) outputs.
    /// </summary>
    public static string? WebServices(JsonElement clientRequest, out bool onHold, out bool hasRtmp, out IReadOnlyList<string> rtmpUrls)
    {
        onHold = hasRtmp = false;
        rtmpUrls = [];
        if (!clientRequest.TryGetProperty("extensionServiceConfig", out JsonElement config) || config.ValueKind != JsonValueKind.Object)
        {
            return "web mode needs clientRequest.extensionServiceConfig";
        }

        if (JsonBody.String(config, "errorHandlePolicy") is { } policy && policy != "error_abort")
        {
            return "extensionServiceConfig.errorHandlePolicy must be error_abort";
        }

        if (!config.TryGetProperty("extensionServices", out JsonElement services) || services.ValueKind != JsonValueKind.Array)
        {
            return "extensionServiceConfig.extensionServices is required";
        }

        bool hasRecorder = false;
        foreach (JsonElement service in services.EnumerateArray())
        {
            if (service.ValueKind != JsonValueKind.Object
                || !service.TryGetProperty("serviceParam", out JsonElement param) || param.ValueKind != JsonValueKind.Object)
            {
                return "every extension service needs serviceName and serviceParam";
            }

            if (JsonBody.String(service, "errorHandlePolicy") is { } own && own is not ("error_abort" or "error_ignore"))
            {
                return "extensionServices[].errorHandlePolicy must be error_abort or error_ignore";
            }

            switch (JsonBody.String(service, "serviceName"))
            {
                case "web_recorder_service" when !hasRecorder:
                    hasRecorder = true;
                    if (WebRecorderParam(param, out onHold) is { } problem)
                    {
                        return "web_recorder_service.serviceParam." + problem;
                    }

                    break;
                case "rtmp_publish_service" when !hasRtmp:
                    hasRtmp = true;
                    if (RtmpOutputs(param, out rtmpUrls) is { } outputs)
                    {
                        return "rtmp_publish_service.serviceParam." + outputs;
                    }

                    break;
                default:
                    return "serviceName must be web_recorder_service or rtmp_publish_service, each once";
            }
        }

        return hasRecorder ? null : "extensionServices must include web_recorder_service";
    }

    /// <summary>RTMP push addresses (<c>outputs[].rtmpUrl</c>): rtmp:// or rtmps:// only, one stream at a time.</summary>
    public static string? RtmpOutputs(JsonElement parent, out IReadOnlyList<string> urls)
    {
        urls = [];
        if (!parent.TryGetProperty("outputs", out JsonElement outputs) || outputs.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (outputs.ValueKind != JsonValueKind.Array || outputs.GetArrayLength() > 1)
        {
            return "outputs takes at most one CDN address";
        }

        var found = new List<string>();
        foreach (JsonElement output in outputs.EnumerateArray())
        {
            if (output.ValueKind != JsonValueKind.Object
                || JsonBody.String(output, "rtmpUrl") is not { } url
                || !(url.StartsWith("rtmp://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("rtmps://", StringComparison.OrdinalIgnoreCase)))
            {
                return "outputs[].rtmpUrl must be an rtmp:// or rtmps:// address";
            }

            found.Add(url);
        }

        urls = found;
        return null;
    }

    /// <summary>
    /// updateLayout's <c>clientRequest</c>: layout 0–3, <c>maxResolutionUid</c> (needed by the vertical layout),
    /// <c>backgroundColor</c> as <c>#RRGGBB</c>, image URLs, up to 17 <c>layoutConfig</c> windows (custom layout only)
    /// with positions, sizes and alpha in [0, 1] and render_mode 0 or 1, and <c>backgroundConfig</c> entries with a uid
    /// and an HTTPS image.
    /// </summary>
    public static string? Layout(JsonElement clientRequest, out MixLayout layout)
    {
        layout = new MixLayout(0, "#000000", null, 0);
        int kind = 0;
        if (clientRequest.TryGetProperty("mixedVideoLayout", out JsonElement kindElement) && kindElement.ValueKind != JsonValueKind.Null)
        {
            if (!(kindElement.ValueKind == JsonValueKind.Number && kindElement.TryGetInt32(out kind) && kind is >= 0 and <= 3))
            {
                return "mixedVideoLayout must be 0 (floating), 1 (adaptive), 2 (vertical) or 3 (custom)";
            }
        }

        string? maxResolutionUid = null;
        if (clientRequest.TryGetProperty("maxResolutionUid", out JsonElement big) && big.ValueKind != JsonValueKind.Null)
        {
            if (big.ValueKind != JsonValueKind.String || !IsUid(big.GetString()))
            {
                return "maxResolutionUid must be a string holding an integer from 1 to 4294967295";
            }

            maxResolutionUid = big.GetString();
        }

        if (kind == 2 && maxResolutionUid is null)
        {
            return "maxResolutionUid is required with the vertical layout (mixedVideoLayout 2)";
        }

        string color = "#000000";
        if (clientRequest.TryGetProperty("backgroundColor", out JsonElement colorElement) && colorElement.ValueKind != JsonValueKind.Null)
        {
            if (colorElement.ValueKind != JsonValueKind.String || !RgbHex().IsMatch(colorElement.GetString()!))
            {
                return "backgroundColor must be an RGB hex colour such as #FF0000";
            }

            color = colorElement.GetString()!;
        }

        foreach (string name in new[] { "backgroundImage", "defaultUserBackgroundImage" })
        {
            if (clientRequest.TryGetProperty(name, out JsonElement image) && image.ValueKind != JsonValueKind.Null && !IsWebUrl(image, httpsOnly: false))
            {
                return name + " must be an http(s) URL";
            }
        }

        int regions = 0;
        if (clientRequest.TryGetProperty("layoutConfig", out JsonElement windows) && windows.ValueKind != JsonValueKind.Null)
        {
            if (kind != 3)
            {
                return "layoutConfig is only for the custom layout (mixedVideoLayout 3)";
            }

            if (windows.ValueKind != JsonValueKind.Array || windows.GetArrayLength() > MaxLayoutRegions)
            {
                return $"layoutConfig takes at most {MaxLayoutRegions} windows";
            }

            foreach (JsonElement window in windows.EnumerateArray())
            {
                if (Region(window) is { } problem)
                {
                    return $"layoutConfig[{regions}]: {problem}";
                }

                regions++;
            }
        }

        if (clientRequest.TryGetProperty("backgroundConfig", out JsonElement backgrounds) && backgrounds.ValueKind != JsonValueKind.Null)
        {
            if (backgrounds.ValueKind != JsonValueKind.Array)
            {
                return "backgroundConfig must be an array";
            }

            foreach (JsonElement background in backgrounds.EnumerateArray())
            {
                if (background.ValueKind != JsonValueKind.Object || !IsUid(JsonBody.String(background, "uid")))
                {
                    return "backgroundConfig[].uid is required";
                }

                if (!background.TryGetProperty("image_url", out JsonElement url) || !IsWebUrl(url, httpsOnly: true))
                {
                    return "backgroundConfig[].image_url must be an HTTPS URL";
                }

                if (RenderMode(background) is { } renderProblem)
                {
                    return "backgroundConfig[]." + renderProblem;
                }
            }
        }

        layout = new MixLayout(kind, color, maxResolutionUid, regions);
        return null;
    }

    /// <summary>Update's <c>streamSubscribe</c>: each list at most 32 UIDs, and never a list together with its opposite.</summary>
    public static string? StreamSubscribe(JsonElement clientRequest)
    {
        if (!clientRequest.TryGetProperty("streamSubscribe", out JsonElement subscribe) || subscribe.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        foreach ((string list, string subscribeName, string unsubscribeName) in new[]
        {
            ("audioUidList", "subscribeAudioUids", "unsubscribeAudioUids"),
            ("videoUidList", "subscribeVideoUids", "unsubscribeVideoUids"),
        })
        {
            if (!subscribe.TryGetProperty(list, out JsonElement lists) || lists.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            bool hasSubscribe = lists.TryGetProperty(subscribeName, out JsonElement on) && on.ValueKind != JsonValueKind.Null;
            bool hasUnsubscribe = lists.TryGetProperty(unsubscribeName, out JsonElement off) && off.ValueKind != JsonValueKind.Null;
            if (hasSubscribe && hasUnsubscribe)
            {
                return $"{subscribeName} and {unsubscribeName} cannot be set together";
            }

            JsonElement given = hasSubscribe ? on : off;
            if ((hasSubscribe || hasUnsubscribe) && (given.ValueKind != JsonValueKind.Array || given.GetArrayLength() > MaxUidsPerList))
            {
                return $"{(hasSubscribe ? subscribeName : unsubscribeName)} takes at most {MaxUidsPerList} UIDs";
            }
        }

        return null;
    }

    private static string? WebRecorderParam(JsonElement param, out bool onHold)
    {
        onHold = param.TryGetProperty("onhold", out JsonElement hold) && hold.ValueKind == JsonValueKind.True;
        if (!param.TryGetProperty("url", out JsonElement url) || !IsWebUrl(url, httpsOnly: false))
        {
            return "url must be the http(s) address of the page to record";
        }

        if (Int(param, "audioProfile") is not (0 or 1 or 2))
        {
            return "audioProfile must be 0, 1 or 2";
        }

        if (Int(param, "videoWidth") is not { } width || Int(param, "videoHeight") is not { } height || width <= 0 || height <= 0)
        {
            return "videoWidth and videoHeight are required, in pixels";
        }

        if ((long)width * height > 1920L * 1080)
        {
            return "videoWidth x videoHeight must not exceed 1920 x 1080";
        }

        if (Int(param, "maxRecordingHour") is not (>= 1 and <= 720))
        {
            return "maxRecordingHour must be from 1 to 720";
        }

        return OptionalRange(param, "videoFps", 5, 60)
            ?? OptionalRange(param, "maxVideoDuration", 30, 240)
            ?? OptionalRange(param, "readyTimeout", 0, 60)
            ?? OptionalRange(param, "videoBitrate", 1, int.MaxValue);
    }

    private static string? Region(JsonElement window)
    {
        if (window.ValueKind != JsonValueKind.Object)
        {
            return "each window is an object";
        }

        if (window.TryGetProperty("uid", out JsonElement uid) && uid.ValueKind != JsonValueKind.Null
            && !(uid.ValueKind == JsonValueKind.String && IsUid(uid.GetString())))
        {
            return "uid must be a string holding an integer from 1 to 4294967295";
        }

        foreach (string name in new[] { "x_axis", "y_axis", "width", "height" })
        {
            if (!window.TryGetProperty(name, out JsonElement value) || !IsFraction(value))
            {
                return name + " is required, from 0 to 1";
            }
        }

        if (window.TryGetProperty("alpha", out JsonElement alpha) && alpha.ValueKind != JsonValueKind.Null && !IsFraction(alpha))
        {
            return "alpha must be from 0 to 1";
        }

        return RenderMode(window);
    }

    private static string? RenderMode(JsonElement item) =>
        item.TryGetProperty("render_mode", out JsonElement mode) && mode.ValueKind != JsonValueKind.Null
        && !(mode.ValueKind == JsonValueKind.Number && mode.TryGetInt32(out int value) && value is 0 or 1)
            ? "render_mode must be 0 (cropped) or 1 (fit)"
            : null;

    private static bool IsFraction(JsonElement value) =>
        value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out double number) && number is >= 0 and <= 1;

    private static bool IsWebUrl(JsonElement value, bool httpsOnly) =>
        value.ValueKind == JsonValueKind.String
        && Uri.TryCreate(value.GetString(), UriKind.Absolute, out Uri? uri)
        && (uri.Scheme == Uri.UriSchemeHttps || (!httpsOnly && uri.Scheme == Uri.UriSchemeHttp));

    private static int? Int(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out int number) ? number : null;

    private static string? OptionalRange(JsonElement parent, string name, int min, int max) =>
        parent.TryGetProperty(name, out JsonElement value) && value.ValueKind != JsonValueKind.Null
        && !(value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out int number) && number >= min && number <= max)
            ? $"{name} must be from {min} to {max}"
            : null;

    [GeneratedRegex("^#[0-9A-Fa-f]{6}$", RegexOptions.CultureInvariant)]
    private static partial Regex RgbHex();
}
