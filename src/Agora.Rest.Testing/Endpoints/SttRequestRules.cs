using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Agora.Rest.Testing.Gateway;
using Agora.Rest.Testing.State;

namespace Agora.Rest.Testing.Endpoints;

/// <summary>
/// The Speech-to-Text request rules Agora's v7 reference documents (required fields, list sizes, ranges, enums). Each
/// check returns the first problem in words, or <see langword="null"/>.
/// </summary>
internal static class SttRequestRules
{
    // Both of Agora's reference versions together: 5..2,592,000 in one, 0 (idle stop off)..259,200 in the other.
    private const int MaxIdleTimeMax = 2_592_000;
    private const int DefaultMaxIdleTime = 30;
    private static readonly int[] Vendors = [1, 2, 3, 5, 6, 7, 8, 11];

    /// <summary>Update mask fields Agora documents.</summary>
    private static readonly HashSet<string> MaskFields = new(StringComparer.Ordinal)
    {
        "languages", "keywords", "uidLanguagesConfig", "rtcConfig.subscribeAudioUids", "translateConfig.enable", "translateConfig.languages",
    };

    public static string? Join(JsonDocument? body, out SttTaskSettings settings)
    {
        settings = null!;
        if (body is null)
        {
            return "the request body must be a JSON object";
        }

        JsonElement root = body.RootElement;
        if (JsonBody.String(root, "name") is not { Length: > 0 } name)
        {
            return "name is required";
        }

        if (name.Length > 64)
        {
            return "name must be at most 64 characters";
        }

        if (Strings(root, "languages", 4, out IReadOnlyList<string>? languages) is { } languagesProblem)
        {
            return languagesProblem;
        }

        if (languages is not { Count: > 0 })
        {
            return "languages is required (1 to 4 language codes)";
        }

        if ((UidLanguages(root) ?? Keywords(root)) is { } listProblem)
        {
            return listProblem;
        }

        int maxIdleTime = DefaultMaxIdleTime;
        if (root.TryGetProperty("maxIdleTime", out JsonElement idle))
        {
            if (idle.ValueKind != JsonValueKind.Number || !idle.TryGetInt32(out maxIdleTime) || maxIdleTime < 0 || maxIdleTime > MaxIdleTimeMax)
            {
                return $"maxIdleTime must be an integer from 0 to {MaxIdleTimeMax}";
            }
        }

        if (!root.TryGetProperty("rtcConfig", out JsonElement rtc) || rtc.ValueKind != JsonValueKind.Object)
        {
            return "rtcConfig is required";
        }

        if ((RtcConfig(rtc, out string channel, out string pubBotUid) ?? TranslateConfig(root) ?? CaptionConfig(root)) is { } problem)
        {
            return problem;
        }

        settings = new SttTaskSettings(name, channel, pubBotUid, maxIdleTime, languages);
        return null;
    }

    public static string? Update(JsonDocument? body, string? sequenceId, string? updateMask, out long sequence, out IReadOnlyList<string>? languages)
    {
        sequence = 0;
        languages = null;
        if (!long.TryParse(sequenceId, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out sequence))
        {
            return "sequenceId is required: an integer of 0 or more";
        }

        string[] mask = (updateMask ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (mask.Length == 0)
        {
            return "updateMask is required: the comma-separated fields to update";
        }

        if (mask.FirstOrDefault(field => !MaskFields.Contains(field)) is { } unknown)
        {
            return $"updateMask names '{unknown}', which cannot be updated (use {string.Join(", ", MaskFields)})";
        }

        if (body is null)
        {
            return "the request body must be a JSON object";
        }

        JsonElement root = body.RootElement;
        if ((Strings(root, "languages", 4, out IReadOnlyList<string>? newLanguages) ?? UidLanguages(root) ?? Keywords(root)) is { } problem)
        {
            return problem;
        }

        if (mask.Contains("languages"))
        {
            if (newLanguages is not { Count: > 0 })
            {
                return "updateMask names languages: give 1 to 4 language codes";
            }

            languages = newLanguages;
        }

        if (root.TryGetProperty("rtcConfig", out JsonElement rtc) && rtc.ValueKind == JsonValueKind.Object
            && Strings(rtc, "subscribeAudioUids", 32, out _, "rtcConfig.") is { } subscribeProblem)
        {
            return subscribeProblem;
        }

        if (root.TryGetProperty("translateConfig", out JsonElement translate) && translate.ValueKind == JsonValueKind.Object)
        {
            if (LanguagePairs(translate) is { } pairsProblem)
            {
                return pairsProblem;
            }

            bool enable = translate.TryGetProperty("enable", out JsonElement enabled) && enabled.ValueKind == JsonValueKind.True;
            bool hasPairs = translate.TryGetProperty("languages", out JsonElement pairs) && pairs.ValueKind == JsonValueKind.Array && pairs.GetArrayLength() > 0;
            if (enable && !hasPairs)
            {
                return "translateConfig.enable true needs translateConfig.languages";
            }
        }

        return null;
    }

    private static string? RtcConfig(JsonElement rtc, out string channel, out string pubBotUid)
    {
        channel = pubBotUid = string.Empty;
        if (JsonBody.String(rtc, "channelName") is not { Length: > 0 } givenChannel)
        {
            return "rtcConfig.channelName is required";
        }

        if (JsonBody.String(rtc, "pubBotUid") is not { Length: > 0 } givenUid)
        {
            return "rtcConfig.pubBotUid is required (a string)";
        }

        if (Strings(rtc, "subscribeAudioUids", 32, out IReadOnlyList<string>? subscribe, "rtcConfig.") is { } subscribeProblem)
        {
            return subscribeProblem;
        }

        if (Strings(rtc, "unSubscribeAudioUids", 5, out IReadOnlyList<string>? unsubscribe, "rtcConfig.") is { } unsubscribeProblem)
        {
            return unsubscribeProblem;
        }

        if (subscribe is not null && unsubscribe is not null)
        {
            return "rtcConfig.subscribeAudioUids and rtcConfig.unSubscribeAudioUids cannot both be given";
        }

        if (rtc.TryGetProperty("cryptionMode", out JsonElement mode))
        {
            if (mode.ValueKind != JsonValueKind.Number || !mode.TryGetInt32(out int cryption) || cryption is < 0 or > 8)
            {
                return "rtcConfig.cryptionMode must be 0 to 8";
            }

            if (cryption != 0 && JsonBody.String(rtc, "secret") is not { Length: > 0 })
            {
                return "rtcConfig.secret is required when cryptionMode is not 0";
            }

            if (cryption is 7 or 8 && !IsSalt(JsonBody.String(rtc, "salt")))
            {
                return "rtcConfig.salt (Base64 of 32 bytes) is required when cryptionMode is 7 or 8";
            }
        }

        channel = givenChannel;
        pubBotUid = givenUid;
        return null;
    }

    private static bool IsSalt(string? salt)
    {
        if (salt is null)
        {
            return false;
        }

        Span<byte> bytes = stackalloc byte[48];
        return Convert.TryFromBase64String(salt, bytes, out int written) && written == 32;
    }

    private static string? TranslateConfig(JsonElement root) =>
        root.TryGetProperty("translateConfig", out JsonElement translate) && translate.ValueKind == JsonValueKind.Object ? LanguagePairs(translate) : null;

    // At most 4 pairs, each with a source and 1..10 targets; a single-language source cannot target itself.
    private static string? LanguagePairs(JsonElement translate)
    {
        if (!translate.TryGetProperty("languages", out JsonElement pairs) || pairs.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (pairs.ValueKind != JsonValueKind.Array || pairs.GetArrayLength() > 4)
        {
            return "translateConfig.languages must list at most 4 language pairs";
        }

        foreach (JsonElement pair in pairs.EnumerateArray())
        {
            if (pair.ValueKind != JsonValueKind.Object || JsonBody.String(pair, "source") is not { Length: > 0 } source)
            {
                return "translateConfig.languages[].source is required";
            }

            if (Strings(pair, "target", 10, out IReadOnlyList<string>? targets, "translateConfig.languages[].") is { } problem)
            {
                return problem;
            }

            if (targets is not { Count: > 0 })
            {
                return "translateConfig.languages[].target is required (1 to 10 language codes)";
            }

            if (!source.Contains(',', StringComparison.Ordinal) && targets.Contains(source, StringComparer.Ordinal))
            {
                return $"translateConfig.languages: source '{source}' cannot be its own target";
            }
        }

        return null;
    }

    private static string? CaptionConfig(JsonElement root)
    {
        if (!root.TryGetProperty("captionConfig", out JsonElement caption) || caption.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (caption.TryGetProperty("sliceDuration", out JsonElement slice)
            && (slice.ValueKind != JsonValueKind.Number || !slice.TryGetInt32(out int seconds) || seconds is < 5 or > 28_800))
        {
            return "captionConfig.sliceDuration must be 5 to 28800";
        }

        if (!caption.TryGetProperty("storage", out JsonElement storage) || storage.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        // Agora's schema spells the keys accesskey/secretkey, its examples accessKey/secretKey: either is taken.
        foreach (string key in new[] { "accessKey", "secretKey", "bucket" })
        {
            if (Property(storage, key) is not { ValueKind: JsonValueKind.String } value || value.GetString() is not { Length: > 0 })
            {
                return $"captionConfig.storage.{key} is required";
            }
        }

        if (JsonBody.Long(storage, "vendor") is not { } vendor || !Vendors.Contains((int)vendor))
        {
            return "captionConfig.storage.vendor is required: 1, 2, 3, 5, 6, 7, 8 or 11";
        }

        if (JsonBody.Long(storage, "region") is null)
        {
            return "captionConfig.storage.region is required (an integer)";
        }

        if (Strings(storage, "fileNamePrefix", int.MaxValue, out IReadOnlyList<string>? prefix, "captionConfig.storage.") is { } prefixProblem)
        {
            return prefixProblem;
        }

        if (prefix is not null && (prefix.Any(part => part.Length == 0 || !part.All(char.IsAsciiLetterOrDigit)) || string.Join('/', prefix).Length > 128))
        {
            return "captionConfig.storage.fileNamePrefix: letters and digits only, at most 128 characters in all";
        }

        if (vendor == 11
            && !(root.TryGetProperty("extensionParams", out JsonElement extension) && extension.ValueKind == JsonValueKind.Object
                && JsonBody.String(extension, "endpoint") is { Length: > 0 }))
        {
            return "extensionParams.endpoint is required when captionConfig.storage.vendor is 11";
        }

        return null;
    }

    private static string? UidLanguages(JsonElement root)
    {
        if (!root.TryGetProperty("uidLanguagesConfig", out JsonElement configs) || configs.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (configs.ValueKind != JsonValueKind.Array || configs.GetArrayLength() > 5)
        {
            return "uidLanguagesConfig must list at most 5 users";
        }

        foreach (JsonElement config in configs.EnumerateArray())
        {
            if (config.ValueKind != JsonValueKind.Object || JsonBody.String(config, "uid") is not { Length: > 0 })
            {
                return "uidLanguagesConfig[].uid is required (a string)";
            }

            if (Strings(config, "languages", 4, out IReadOnlyList<string>? languages, "uidLanguagesConfig[].") is { } problem)
            {
                return problem;
            }

            if (languages is not { Count: > 0 })
            {
                return "uidLanguagesConfig[].languages is required (1 to 4 language codes)";
            }
        }

        return null;
    }

    private static string? Keywords(JsonElement root) => Strings(root, "keywords", 500, out _);

    // An optional array of non-empty strings of at most max items; absent or null reads as null.
    private static string? Strings(JsonElement parent, string name, int max, out IReadOnlyList<string>? values, string path = "")
    {
        values = null;
        if (!parent.TryGetProperty(name, out JsonElement array) || array.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (array.ValueKind != JsonValueKind.Array || array.EnumerateArray().Any(item => item.ValueKind != JsonValueKind.String || item.GetString()!.Length == 0))
        {
            return $"{path}{name} must be an array of non-empty strings";
        }

        if (array.GetArrayLength() > max)
        {
            return $"{path}{name} must list at most {max} items";
        }

        values = array.EnumerateArray().Select(item => item.GetString()!).ToList();
        return null;
    }

    private static JsonElement? Property(JsonElement parent, string name) =>
        parent.EnumerateObject().Where(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)).Select(p => (JsonElement?)p.Value).FirstOrDefault();
}
