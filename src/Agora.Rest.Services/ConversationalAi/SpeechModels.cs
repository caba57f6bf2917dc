using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Agora.Rest.Services.ConversationalAi;

/// <summary>Speech recognition (ASR): the provider and its parameters.</summary>
public sealed class AsrConfig
{
    /// <summary>Whose credentials the provider is called with (Agora's default: your own).</summary>
    [JsonPropertyName("credential_mode")]
    public CredentialMode? CredentialMode { get; set; }

    /// <summary>The main conversation language as a BCP-47 tag (Agora's default: <c>en-US</c>); a language in <see cref="Params"/> wins.</summary>
    [JsonPropertyName("language")]
    public string? Language { get; set; }

    /// <summary>The provider (Agora's default: <see cref="AsrVendor.Ares"/>).</summary>
    [JsonPropertyName("vendor")]
    public AsrVendor? Vendor { get; set; }

    /// <summary>The provider's parameters (key, region, language, phrase lists, ...), free-form as each vendor's page defines them.</summary>
    [JsonPropertyName("params")]
    public JsonElement? Params { get; set; }
}

/// <summary>Text to speech (TTS): the provider and its parameters.</summary>
public sealed class TtsConfig
{
    /// <summary>Whose credentials the provider is called with (Agora's default: your own).</summary>
    [JsonPropertyName("credential_mode")]
    public CredentialMode? CredentialMode { get; set; }

    /// <summary>The provider.</summary>
    [JsonPropertyName("vendor")]
    public required TtsVendor Vendor { get; set; }

    /// <summary>The provider's parameters (key, voice, speed, sample rate, ...), free-form as each vendor's page defines them.</summary>
    [JsonPropertyName("params")]
    public required JsonElement? Params { get; set; }

    /// <summary>Bracketed text not to speak.</summary>
    [JsonPropertyName("skip_patterns")]
    public IReadOnlyList<SkipPattern>? SkipPatterns { get; set; }
}
