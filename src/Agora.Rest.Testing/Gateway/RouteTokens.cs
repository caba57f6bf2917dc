namespace Agora.Rest.Testing.Gateway;

/// <summary>Which tokens a route takes in place of the customer's Basic credentials.</summary>
internal enum RouteTokens
{
    /// <summary>Basic credentials only.</summary>
    None,

    /// <summary>Signaling tokens: an AccessToken2 with the RTM login, or the legacy pair (<see cref="SignalingTokenCredentials"/>).</summary>
    Signaling,

    /// <summary>Conversational AI tokens: an RTC and Signaling AccessToken2 for the agent (<see cref="ConvoAiTokenCredentials"/>).</summary>
    ConversationalAi,
}
