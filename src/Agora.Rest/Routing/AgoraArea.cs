namespace Agora.Rest;

/// <summary>
/// Where the calling server runs, which decides the Agora domains a client tries and in what order
/// (Agora's "Ensure service reliability" page). Set it through <see cref="AgoraClientOptions.Area"/> or the
/// configuration key <c>Agora:Area</c>.
/// </summary>
public enum AgoraArea
{
    /// <summary>Anywhere outside mainland China: <c>api.agora.io</c>, then <c>api.sd-rtn.com</c>.</summary>
    Global = 0,

    /// <summary>North America: <c>api-us-west-1</c>, then <c>api-us-east-1</c>, each on <c>agora.io</c> then <c>sd-rtn.com</c>.</summary>
    UnitedStates,

    /// <summary>Europe: <c>api-eu-west-1</c>, then <c>api-eu-central-1</c>, each on <c>agora.io</c> then <c>sd-rtn.com</c>.</summary>
    Europe,

    /// <summary>Asia Pacific outside mainland China: <c>api-ap-southeast-1</c>, then <c>api-ap-northeast-1</c>, each on <c>agora.io</c> then <c>sd-rtn.com</c>.</summary>
    AsiaPacific,

    /// <summary>Mainland China: <c>api-cn-east-1</c>, then <c>api-cn-north-1</c>, each on <c>sd-rtn.com</c> then <c>agora.io</c>.</summary>
    China,
}
