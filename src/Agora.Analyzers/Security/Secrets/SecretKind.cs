namespace Agora.Analyzers.Security.Secrets;

/// <summary>What a hard-coded value is, in the words a message uses.</summary>
internal static class SecretKind
{
    public const string CustomerSecret = "An Agora Customer Secret";
    public const string AppCertificate = "An Agora App Certificate";
    public const string BasicCredential = "An Agora Basic credential (Customer ID and Secret)";
    public const string Secret = "An Agora server secret";
}
