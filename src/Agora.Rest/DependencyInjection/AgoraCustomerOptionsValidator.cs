using Microsoft.Extensions.Options;

namespace Agora.Rest;

/// <summary>Checks both keys as <see cref="AgoraCredentials.Basic"/> would; failures name the key, never the value.</summary>
internal sealed class AgoraCustomerOptionsValidator : IValidateOptions<AgoraCustomerOptions>
{
    private readonly ConfigurationKeys _keys;

    /// <param name="configurationPath">Where the keys live, for example <c>Agora</c>; empty for the root.</param>
    public AgoraCustomerOptionsValidator(string configurationPath)
    {
        _keys = new ConfigurationKeys(configurationPath);
    }

    public ValidateOptionsResult Validate(string? name, AgoraCustomerOptions options)
    {
        string? idProblem = Problem(options.CustomerId, "CustomerId", "Customer ID", rejectColon: true);
        string? secretProblem = Problem(options.CustomerSecret, "CustomerSecret", "Customer Secret", rejectColon: false);
        return ConfigurationKeys.Result(idProblem, secretProblem);
    }

    private string? Problem(string? value, string key, string what, bool rejectColon) =>
        string.IsNullOrWhiteSpace(value)
            ? _keys.NotSet(key, what)
            : CredentialValidation.BasicPartProblem(value!, _keys.Key(key), rejectColon);
}
