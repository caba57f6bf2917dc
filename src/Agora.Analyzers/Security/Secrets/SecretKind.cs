using System.Collections.Immutable;

namespace Agora.Analyzers.Security.Secrets;

/// <summary>What a hard-coded value is, in the words a message uses, and where the code fix moves it.</summary>
internal static class SecretKind
{
    public const string CustomerSecret = "An Agora Customer Secret";
    public const string AppCertificate = "An Agora App Certificate";
    public const string BasicCredential = "An Agora Basic credential (Customer ID and Secret)";
    public const string Secret = "An Agora server secret";

    /// <summary>Diagnostic property: the configuration key the code fix reads instead.</summary>
    public const string ConfigurationKeyProperty = "ConfigurationKey";

    /// <summary>Diagnostic property: the environment variable the code fix reads when no configuration is in scope.</summary>
    public const string EnvironmentVariableProperty = "EnvironmentVariable";

    /// <summary>
    /// Where a secret of this kind belongs; empty for a Basic credential, which is two values that the code
    /// around it has to take apart by hand. The keys match what AddAgoraTokenProvider and AddAgoraCredentials bind.
    /// </summary>
    public static ImmutableDictionary<string, string?> FixProperties(string kind) => kind switch
    {
        CustomerSecret => Where("Agora:CustomerSecret", "AGORA_CUSTOMER_SECRET"),
        AppCertificate => Where("Agora:AppCertificate", "AGORA_APP_CERTIFICATE"),
        Secret => Where("Agora:Secret", "AGORA_SECRET"),
        _ => ImmutableDictionary<string, string?>.Empty,
    };

    private static ImmutableDictionary<string, string?> Where(string key, string variable) =>
        ImmutableDictionary<string, string?>.Empty
            .Add(ConfigurationKeyProperty, key)
            .Add(EnvironmentVariableProperty, variable);
}
