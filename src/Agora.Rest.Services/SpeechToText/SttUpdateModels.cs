using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Agora.Rest.Services.SpeechToText;

/// <summary>
/// The body of <see cref="ISpeechToTextApi.UpdateAsync"/>: new values for a running agent. Every field is optional;
/// name the ones you set in the update mask.
/// </summary>
public sealed class SttUpdateRequest
{
    /// <summary>New transcription language codes, at most 4.</summary>
    [JsonPropertyName("languages")]
    public IReadOnlyList<string>? Languages { get; set; }

    /// <summary>New hot-word list, at most 500.</summary>
    [JsonPropertyName("keywords")]
    public IReadOnlyList<string>? Keywords { get; set; }

    /// <summary>New per-user languages, at most 5 users; an empty list clears the ones set at join.</summary>
    [JsonPropertyName("uidLanguagesConfig")]
    public IReadOnlyList<SttUidLanguages>? UidLanguagesConfig { get; set; }

    /// <summary>New audio subscriptions.</summary>
    [JsonPropertyName("rtcConfig")]
    public SttUpdateRtcConfig? RtcConfig { get; set; }

    /// <summary>Translation on or off, and its language pairs.</summary>
    [JsonPropertyName("translateConfig")]
    public SttUpdateTranslateConfig? TranslateConfig { get; set; }
}

/// <summary>The audio subscriptions an update can change.</summary>
public sealed class SttUpdateRtcConfig
{
    /// <summary>Users whose audio is transcribed, at most 32; <c>["all"]</c> subscribes to everyone.</summary>
    [JsonPropertyName("subscribeAudioUids")]
    public IReadOnlyList<string>? SubscribeAudioUids { get; set; }
}

/// <summary>The translation settings an update can change.</summary>
public sealed class SttUpdateTranslateConfig
{
    /// <summary>Turns translation on or off; turning it on also needs <see cref="Languages"/>.</summary>
    [JsonPropertyName("enable")]
    public bool? Enable { get; set; }

    /// <summary>Source-to-targets pairs, at most 4 source languages.</summary>
    [JsonPropertyName("languages")]
    public IReadOnlyList<SttLanguagePair>? Languages { get; set; }
}
