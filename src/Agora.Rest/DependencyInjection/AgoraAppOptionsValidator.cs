using System;
using Microsoft.Extensions.Options;

namespace Agora.Rest.Tokens;

/// <summary>Checks both keys; failures name the configuration key and what is wrong, never the value.</summary>
internal sealed class AgoraAppOptionsValidator : IValidateOptions<AgoraAppOptions>
{
    private readonly ConfigurationKeys _keys;

    /// <param name="configurationPath">Where the keys live, for example <c>Agora</c>; empty for the root.</param>
    public AgoraAppOptionsValidator(string configurationPath)
    {
        _keys = new ConfigurationKeys(configurationPath);
    }

    public ValidateOptionsResult Validate(string? name, AgoraAppOptions options)
    {
        string? appIdProblem = Problem(options.AppId, "AppId", "App ID", TokenInputs.ValidateAppId);
        string? certificateProblem = Problem(options.AppCertificate, "AppCertificate", "App Certificate", TokenInputs.ValidateCertificate);
        return ConfigurationKeys.Result(appIdProblem, certificateProblem);
    }

    private string? Problem(string? value, string key, string what, Action<string?, string> validate)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return _keys.NotSet(key, what);
        }

        try
        {
            validate(value, "value");
            return null;
        }
        catch (ArgumentException)
        {
            // The validator's own message is about an argument; say it about the key, still without the value.
            return $"{_keys.Key(key)} is not an Agora {what}: it must be 32 hexadecimal characters (Agora Console, project settings).";
        }
    }
}
