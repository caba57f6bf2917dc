using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Agora.Rest.Services.SpeechToText;

/// <summary>The body of <see cref="ISpeechToTextApi.JoinAsync"/>: what to transcribe, where, and what to do with the text.</summary>
public sealed class SttJoinRequest
{
    /// <summary>A unique agent name, at most 64 characters; a name cannot be used twice.</summary>
    [JsonPropertyName("name")]
    public required string Name { get; set; }

    /// <summary>Language codes to transcribe (for example <c>en-US</c>), at most 4; each one adds cost.</summary>
    [JsonPropertyName("languages")]
    public required IReadOnlyList<string> Languages { get; set; }

    /// <summary>The channel to transcribe and the bot that publishes the captions.</summary>
    [JsonPropertyName("rtcConfig")]
    public required SttRtcConfig RtcConfig { get; set; }

    /// <summary>Languages for particular users, at most 5 users.</summary>
    [JsonPropertyName("uidLanguagesConfig")]
    public IReadOnlyList<SttUidLanguages>? UidLanguagesConfig { get; set; }

    /// <summary>
    /// Seconds the channel may stay idle (no host, or nobody in a communication channel) before the agent stops; default 30.
    /// Agora's reference gives two ranges: 5 to 2,592,000 in one version, and 0 to 259,200 in another, where 0 turns the
    /// idle stop off and every agent stops after 72 hours (259,200 s) regardless.
    /// </summary>
    [JsonPropertyName("maxIdleTime")]
    public int? MaxIdleTime { get; set; }

    /// <summary>Translation of the transcribed text; omit for none.</summary>
    [JsonPropertyName("translateConfig")]
    public SttTranslateConfig? TranslateConfig { get; set; }

    /// <summary>Recording of caption files to your cloud storage; omit for none.</summary>
    [JsonPropertyName("captionConfig")]
    public SttCaptionConfig? CaptionConfig { get; set; }

    /// <summary>
    /// Extra storage settings, mainly for S3-compatible storage (<see cref="SttStorageVendor.S3Compatible"/>). Agora's
    /// English reference places this object here, at the top level; its Chinese reference places it inside <c>captionConfig</c>.
    /// </summary>
    [JsonPropertyName("extensionParams")]
    public SttCaptionExtensionParams? ExtensionParams { get; set; }

    /// <summary>Hot words that improve recognition of particular terms, at most 500.</summary>
    [JsonPropertyName("keywords")]
    public IReadOnlyList<string>? Keywords { get; set; }
}

/// <summary>The channel an STT agent transcribes and the bot that publishes captions into it.</summary>
public sealed class SttRtcConfig
{
    /// <summary>The channel to transcribe.</summary>
    [JsonPropertyName("channelName")]
    public required string ChannelName { get; set; }

    /// <summary>The uid of the bot that publishes captions; it must not be used by anyone else in the channel.</summary>
    [JsonPropertyName("pubBotUid")]
    public required string PubBotUid { get; set; }

    /// <summary>The RTC token of the publishing bot; needed only when the project has an App Certificate.</summary>
    [JsonPropertyName("pubBotToken")]
    public string? PubBotToken { get; set; }

    /// <summary>Deprecated by Agora: the subscribing bot's uid, always the same as <see cref="PubBotUid"/>.</summary>
    [JsonPropertyName("subBotUid")]
    public string? SubBotUid { get; set; }

    /// <summary>Deprecated by Agora: the subscribing bot's RTC token (App Certificate projects only).</summary>
    [JsonPropertyName("subBotToken")]
    public string? SubBotToken { get; set; }

    /// <summary>Transcribe only these users' audio, at most 32; do not combine with <see cref="UnSubscribeAudioUids"/>.</summary>
    [JsonPropertyName("subscribeAudioUids")]
    public IReadOnlyList<string>? SubscribeAudioUids { get; set; }

    /// <summary>Transcribe everyone except these users, at most 5; do not combine with <see cref="SubscribeAudioUids"/>.</summary>
    [JsonPropertyName("unSubscribeAudioUids")]
    public IReadOnlyList<string>? UnSubscribeAudioUids { get; set; }

    /// <summary>Deprecated by Agora: the channel's media encryption, used to decrypt audio and encrypt captions; must match the channel's.</summary>
    [JsonPropertyName("cryptionMode")]
    public SttEncryptionMode? CryptionMode { get; set; }

    /// <summary>The encryption key; required when <see cref="CryptionMode"/> is not <see cref="SttEncryptionMode.None"/>.</summary>
    [JsonPropertyName("secret")]
    public string? Secret { get; set; }

    /// <summary>The encryption salt, Base64 of 32 bytes; required for the GCM2 modes only.</summary>
    [JsonPropertyName("salt")]
    public string? Salt { get; set; }

    /// <summary>Captions pushed into the channel as gzip-compressed JSON (<see langword="true"/>) or Protobuf (<see langword="false"/>, Agora's default).</summary>
    [JsonPropertyName("enableJsonProtocol")]
    public bool? EnableJsonProtocol { get; set; }
}

/// <summary>The transcription languages of one user.</summary>
public sealed class SttUidLanguages
{
    /// <summary>The user to transcribe.</summary>
    [JsonPropertyName("uid")]
    public required string Uid { get; set; }

    /// <summary>Language codes for this user, at most 4.</summary>
    [JsonPropertyName("languages")]
    public required IReadOnlyList<string> Languages { get; set; }
}

/// <summary>Translation of the transcribed text.</summary>
public sealed class SttTranslateConfig
{
    /// <summary>Source-to-targets pairs, at most 4 source languages.</summary>
    [JsonPropertyName("languages")]
    public IReadOnlyList<SttLanguagePair>? Languages { get; set; }
}

/// <summary>One source language and the languages it is translated into.</summary>
public sealed class SttLanguagePair
{
    /// <summary>The source language code.</summary>
    [JsonPropertyName("source")]
    public required string Source { get; set; }

    /// <summary>Target language codes, at most 10; a single-language source cannot target itself (Agora answers an error).</summary>
    [JsonPropertyName("target")]
    public required IReadOnlyList<string> Target { get; set; }
}

/// <summary>Recording of caption files to third-party cloud storage.</summary>
public sealed class SttCaptionConfig
{
    /// <summary>Seconds of captions per recorded file, 5 to 28,800; default 60.</summary>
    [JsonPropertyName("sliceDuration")]
    public int? SliceDuration { get; set; }

    /// <summary>Where the caption files go.</summary>
    [JsonPropertyName("storage")]
    public SttStorageConfig? Storage { get; set; }
}

/// <summary>Third-party cloud storage for caption files.</summary>
public sealed class SttStorageConfig
{
    // Wire names of the keys: Agora's English schema spells them "accesskey"/"secretkey", but its Chinese schema (the
    // same v7 API) spells them "accessKey"/"secretKey", and so do every request example and code sample of both, Agora's
    // own STT sample app and Cloud Recording's storage configuration. We write the camelCase spelling; the context reads
    // either, since it matches names case-insensitively.

    /// <summary>The storage access key.</summary>
    [JsonPropertyName("accessKey")]
    public required string AccessKey { get; set; }

    /// <summary>The storage secret key; keep it out of source and logs.</summary>
    [JsonPropertyName("secretKey")]
    public required string SecretKey { get; set; }

    /// <summary>The bucket name.</summary>
    [JsonPropertyName("bucket")]
    public required string Bucket { get; set; }

    /// <summary>The storage vendor.</summary>
    [JsonPropertyName("vendor")]
    public required SttStorageVendor Vendor { get; set; }

    /// <summary>The bucket's region, as the vendor's code in Agora's Cloud Recording region table; keep it near your app server.</summary>
    [JsonPropertyName("region")]
    public required int Region { get; set; }

    /// <summary>Folders of the file path, each only ASCII letters and digits; the whole prefix, slashes included, at most 128 characters.</summary>
    [JsonPropertyName("fileNamePrefix")]
    public IReadOnlyList<string>? FileNamePrefix { get; set; }
}

/// <summary>Extra storage settings, mainly the endpoint of S3-compatible storage.</summary>
public sealed class SttCaptionExtensionParams
{
    /// <summary>The S3-compatible endpoint with its scheme (for example <c>http://host:9002</c>); required for <see cref="SttStorageVendor.S3Compatible"/>.</summary>
    [JsonPropertyName("endpoint")]
    public string? Endpoint { get; set; }

    /// <summary>The rclone backend type; <c>s3</c> (Agora's default) for standard S3.</summary>
    [JsonPropertyName("type")]
    public string? Type { get; set; }

    /// <summary>The storage provider's name, for example <c>Minio</c>.</summary>
    [JsonPropertyName("provider")]
    public string? Provider { get; set; }

    /// <summary>The rclone S3 region; overrides the one derived from <see cref="SttStorageConfig.Region"/>.</summary>
    [JsonPropertyName("region")]
    public string? Region { get; set; }

    /// <summary>The base object tag (Tencent Cloud, Alibaba Cloud and Amazon S3 only).</summary>
    [JsonPropertyName("tag")]
    public string? Tag { get; set; }

    /// <summary>Free-form rules that add <c>key=value</c> tags by file name and win over <see cref="Tag"/> (same vendors); Agora documents no fields.</summary>
    [JsonPropertyName("tagByRule")]
    public IReadOnlyList<JsonElement>? TagByRule { get; set; }

    /// <summary>Server-side encryption (Amazon S3 only).</summary>
    [JsonPropertyName("sse")]
    public SttServerSideEncryption? Sse { get; set; }

    /// <summary>
    /// Free-form: maps an uploaded file's extension to the object name to use. Agora's English reference types it as an
    /// object and its Chinese reference as an array of objects, so it is sent as given.
    /// </summary>
    [JsonPropertyName("overwritekeys")]
    public JsonElement? OverwriteKeys { get; set; }
}
