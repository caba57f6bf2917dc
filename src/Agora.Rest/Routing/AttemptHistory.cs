using System.Collections.Generic;
using System.Text;

namespace Agora.Rest.Routing;

/// <summary>
/// The attempts of one repeated call, for the exception it ends with: each host and what happened there. Holds host
/// names and kinds of failure only, never anything sent.
/// </summary>
internal sealed class AttemptHistory
{
    private readonly List<(string Host, string Result)> _attempts = new();

    public int Count => _attempts.Count;

    public void Add(string host, string result) => _attempts.Add((host, result));

    /// <summary>For example <c>api.agora.io (name not resolved), api.sd-rtn.com (HTTP 503)</c>.</summary>
    public string Describe()
    {
        var text = new StringBuilder();
        foreach ((string host, string result) in _attempts)
        {
            if (text.Length > 0)
            {
                text.Append(", ");
            }

            text.Append(host).Append(" (").Append(result).Append(')');
        }

        return text.ToString();
    }
}
