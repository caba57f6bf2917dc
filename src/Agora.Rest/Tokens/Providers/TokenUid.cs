namespace Agora.Rest.Tokens;

/// <summary>The <c>x-agora-uid</c> value a provider's tokens carry.</summary>
internal static class TokenUid
{
    /// <summary>
    /// The id itself when a header can carry it; otherwise none, and the legacy scheme then fails with a
    /// clear message while AccessToken2 (which needs no uid header) keeps working.
    /// </summary>
    public static string? ForHeader(string id)
    {
        if (id.Length == 0)
        {
            return null;
        }

        foreach (char c in id)
        {
            if (c < ' ' || c > '~')
            {
                return null;
            }
        }

        return id;
    }
}
