using System.Linq;
using Microsoft.Extensions.Options;

namespace Agora.Rest;

/// <summary>
/// How options validators name a configuration key in their messages: the full key (<c>Agora:CustomerSecret</c>)
/// and the environment variable that sets it (<c>Agora__CustomerSecret</c>). Values are never part of a message.
/// </summary>
internal readonly struct ConfigurationKeys
{
    private readonly string _prefix;

    /// <param name="configurationPath">Where the keys live, for example <c>Agora</c>; empty for the root.</param>
    public ConfigurationKeys(string configurationPath)
    {
        _prefix = configurationPath.Length == 0 ? string.Empty : configurationPath + ":";
    }

    /// <summary>The full key, for example <c>Agora:CustomerId</c>.</summary>
    public string Key(string key) => _prefix + key;

    /// <summary>Success when every problem is <see langword="null"/>, else a failure listing the others in order.</summary>
    public static ValidateOptionsResult Result(params string?[] problems)
    {
        string[] failures = problems.OfType<string>().ToArray();
        return failures.Length == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>The sentence for a key that has no value, saying where one can come from.</summary>
    public string NotSet(string key, string what) =>
        $"{Key(key)} is not set: give the Agora {what} in configuration (user secrets, a secret store, or the environment variable {Key(key).Replace(":", "__")}).";
}
