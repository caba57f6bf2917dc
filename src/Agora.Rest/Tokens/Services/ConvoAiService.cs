using Agora.Rest.Tokens.Format;

namespace Agora.Rest.Tokens;

/// <summary>
/// Conversational AI (type 9): an empty privilege map and no fields of its own. Its presence in a token, beside an RTC
/// and a Signaling service, is what lets the token call the Conversational AI APIs.
/// </summary>
public sealed class ConvoAiService : AccessToken2Service
{
    /// <summary>Creates the service; it has no privileges to add.</summary>
    public ConvoAiService()
        : base(AgoraTokenService.ConvoAi)
    {
    }

    private protected override void WriteFields(ref TokenWriter writer)
    {
    }

    private protected override void ReadFields(ref TokenReader reader)
    {
    }
}
