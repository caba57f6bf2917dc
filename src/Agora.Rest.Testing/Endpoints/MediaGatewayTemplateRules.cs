using System.Text.Json;
using System.Text.RegularExpressions;

namespace Agora.Rest.Testing.Endpoints;

/// <summary>
/// The documented limits of a Media Gateway flow-configuration template (the English reference's: sizes up to 3840,
/// fps up to 60, video bitrate up to 20000 Kbps, audio bitrate 64 to 320, layer ids 1 to 7, jitter buffer maxSize above
/// size). Each check returns the problem as the answer's message, or <see langword="null"/>.
/// </summary>
internal static partial class MediaGatewayTemplateRules
{
    private const int DefaultJitterSize = 500;
    private const int DefaultJitterMaxSize = 1000;

    [GeneratedRegex("^[A-Za-z0-9]{1,12}$")]
    private static partial Regex TemplateIdPattern();

    public static string? TemplateIdProblem(string templateId) =>
        TemplateIdPattern().IsMatch(templateId) ? null : "templateId must be 1 to 12 ASCII letters and digits";

    public static string? VideoProblem(JsonElement video)
    {
        if (video.ValueKind != JsonValueKind.Object)
        {
            return "settings.transcoding.video must be an object";
        }

        const string At = "settings.transcoding.video.";
        string? problem = BooleanProblem(video, "enabled", At)
            ?? OneOfProblem(video, "mode", At, "force", "adaptive")
            ?? OneOfProblem(video, "codec", At, "H.264", "VP8")
            ?? RangeProblem(video, "width", 0, 3840, At)
            ?? RangeProblem(video, "height", 0, 3840, At)
            ?? RangeProblem(video, "fps", 0, 60, At)
            ?? RangeProblem(video, "bitrate", 0, 20000, At)
            ?? AdvancedOptionsProblem(video);
        if (problem is not null)
        {
            return problem;
        }

        int? width = Int(video, "width");
        int? height = Int(video, "height");
        int? fps = Int(video, "fps");
        int? bitrate = Int(video, "bitrate");
        if (video.TryGetProperty("simulcastStreamLayers", out JsonElement layers) && layers.ValueKind != JsonValueKind.Null)
        {
            return LayersProblem(layers, width, height, fps, bitrate);
        }

        if (video.TryGetProperty("simulcastStream", out JsonElement low) && low.ValueKind != JsonValueKind.Null)
        {
            return LowStreamProblem(low, width, height, fps, bitrate);
        }

        return null;
    }

    public static string? AudioProblem(JsonElement audio)
    {
        if (audio.ValueKind != JsonValueKind.Object)
        {
            return "settings.transcoding.audio must be an object";
        }

        const string At = "settings.transcoding.audio.";
        return BooleanProblem(audio, "enabled", At)
            ?? RangeProblem(audio, "profile", 0, int.MaxValue, At)
            ?? RangeProblem(audio, "bitrate", 64, 320, At);
    }

    public static string? JitterBufferProblem(JsonElement jitterBuffer)
    {
        if (jitterBuffer.ValueKind != JsonValueKind.Object)
        {
            return "settings.jitterBuffer must be an object";
        }

        const string At = "settings.jitterBuffer.";
        if ((RangeProblem(jitterBuffer, "size", 0, int.MaxValue, At) ?? RangeProblem(jitterBuffer, "maxSize", 0, int.MaxValue, At)) is { } problem)
        {
            return problem;
        }

        int size = Int(jitterBuffer, "size") ?? DefaultJitterSize;
        int maxSize = Int(jitterBuffer, "maxSize") ?? DefaultJitterMaxSize;
        return maxSize > size ? null : $"settings.jitterBuffer.maxSize ({maxSize}) must be greater than size ({size})";
    }

    private static string? AdvancedOptionsProblem(JsonElement video)
    {
        if (!video.TryGetProperty("advancedOptions", out JsonElement options) || options.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (options.ValueKind != JsonValueKind.Object)
        {
            return "settings.transcoding.video.advancedOptions must be an object";
        }

        if (options.TryGetProperty("superResolution", out JsonElement superResolution) && superResolution.ValueKind == JsonValueKind.Object)
        {
            return RangeProblem(superResolution, "alphaBlending", 1, 256, "settings.transcoding.video.advancedOptions.superResolution.");
        }

        return null;
    }

    private static string? LowStreamProblem(JsonElement low, int? width, int? height, int? fps, int? bitrate)
    {
        const string At = "settings.transcoding.video.simulcastStream.";
        if (low.ValueKind != JsonValueKind.Object)
        {
            return "settings.transcoding.video.simulcastStream must be an object";
        }

        string? problem = RangeProblem(low, "width", 0, 3840, At)
            ?? RangeProblem(low, "height", 0, 3840, At)
            ?? RangeProblem(low, "fps", 0, 60, At)
            ?? RangeProblem(low, "bitrate", 0, 20000, At);
        if (problem is not null)
        {
            return problem;
        }

        if (Int(low, "width") is > 0 and int lowWidth && width is > 0 && lowWidth >= width)
        {
            return At + "width must be less than settings.transcoding.video.width";
        }

        if (Int(low, "height") is > 0 and int lowHeight && height is > 0 && lowHeight >= height)
        {
            return At + "height must be less than settings.transcoding.video.height";
        }

        if (Int(low, "fps") is > 0 and int lowFps && fps is > 0 && lowFps > fps)
        {
            return At + "fps must not exceed settings.transcoding.video.fps";
        }

        if (Int(low, "bitrate") is > 0 and int lowBitrate && (bitrate is not > 0 || lowBitrate >= bitrate))
        {
            return At + "bitrate needs settings.transcoding.video.bitrate and must be less than it";
        }

        return null;
    }

    private static string? LayersProblem(JsonElement layers, int? width, int? height, int? fps, int? bitrate)
    {
        const string At = "settings.transcoding.video.simulcastStreamLayers";
        if (layers.ValueKind != JsonValueKind.Array)
        {
            return At + " must be an array";
        }

        if (width is not > 0 || height is not > 0)
        {
            return "settings.transcoding.video.width and height are required with simulcastStreamLayers";
        }

        foreach (JsonElement layer in layers.EnumerateArray())
        {
            if (layer.ValueKind != JsonValueKind.Object)
            {
                return At + "[] must be objects";
            }

            if (Int(layer, "id") is not (>= 1 and <= 7))
            {
                return At + "[].id is required, 1 to 7";
            }

            if (Int(layer, "bitrate") is not { } layerBitrate || layerBitrate <= 0)
            {
                return At + "[].bitrate is required";
            }

            if (bitrate is > 0 && layerBitrate >= bitrate)
            {
                return At + "[].bitrate must be less than settings.transcoding.video.bitrate";
            }

            if (Int(layer, "width") is int layerWidth && layerWidth >= width)
            {
                return At + "[].width must be less than settings.transcoding.video.width";
            }

            if (Int(layer, "height") is int layerHeight && layerHeight >= height)
            {
                return At + "[].height must be less than settings.transcoding.video.height";
            }

            if (Int(layer, "fps") is > 0 and int layerFps && fps is > 0 && layerFps >= fps)
            {
                return At + "[].fps must be less than settings.transcoding.video.fps";
            }
        }

        return null;
    }

    private static string? RangeProblem(JsonElement parent, string name, int min, int max, string at)
    {
        if (!parent.TryGetProperty(name, out JsonElement value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out int number) && number >= min && number <= max
            ? null
            : max == int.MaxValue ? $"{at}{name} must be an integer of at least {min}" : $"{at}{name} must be an integer from {min} to {max}";
    }

    private static string? BooleanProblem(JsonElement parent, string name, string at) =>
        parent.TryGetProperty(name, out JsonElement value) && value.ValueKind is not (JsonValueKind.True or JsonValueKind.False or JsonValueKind.Null)
            ? $"{at}{name} must be a boolean"
            : null;

    private static string? OneOfProblem(JsonElement parent, string name, string at, params string[] allowed)
    {
        if (!parent.TryGetProperty(name, out JsonElement value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String && System.Array.IndexOf(allowed, value.GetString()) >= 0
            ? null
            : $"{at}{name} must be one of {string.Join(", ", allowed)}";
    }

    private static int? Int(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out int number) ? number : null;
}
