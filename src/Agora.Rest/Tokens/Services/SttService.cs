using Agora.Rest.Tokens.Format;

namespace Agora.Rest.Tokens;

/// <summary>
/// Real-time Speech-to-Text (type 10): an empty privilege map and no fields of its own. Its presence in a token, beside
/// an RTC and a Signaling service, is what lets the token call the Speech-to-Text APIs.
/// </summary>
public sealed class SttService : AccessToken2Service
{
    /// <summary>Creates the service; it has no privileges to add.</summary>
    public SttService()
        : base(AgoraTokenService.Stt)
    {
    }

    private protected override void WriteFields(ref TokenWriter writer)
    {
    }

    private protected override void ReadFields(ref TokenReader reader)
    {
    }
}
