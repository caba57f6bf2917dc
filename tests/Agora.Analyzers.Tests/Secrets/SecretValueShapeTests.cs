using System;
using System.Text;
using Agora.Analyzers.Security.Secrets;

namespace Agora.Analyzers.Tests.Secrets;

/// <summary>
/// What a value must look like under a name that says which Agora secret it holds, and what filler looks like.
/// Values are drawn per run.
/// </summary>
public sealed class SecretValueShapeTests
{
    [Theory]
    [InlineData(SecretKind.AppCertificate)]
    [InlineData(SecretKind.CustomerSecret)]
    public void A_named_certificate_or_customer_secret_must_be_32_hex_digits_as_written_or_base64_encoded(string kind)
    {
        string hex = RandomSecrets.Hex32();

        Assert.True(SecretValues.HasCredentialShape(hex, kind));
        Assert.True(SecretValues.HasCredentialShape(Convert.ToBase64String(Encoding.ASCII.GetBytes(hex)), kind));
        // Random base64 of another length: a made-up sample or another service's key, not this secret.
        Assert.False(SecretValues.HasCredentialShape(Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(21)), kind));
        Assert.False(SecretValues.HasCredentialShape(hex[..30], kind));
    }

    [Fact]
    public void A_generic_secret_name_keeps_the_looser_shape()
    {
        string base64 = Convert.ToBase64String(Convert.FromHexString(RandomSecrets.Hex32()));

        Assert.True(SecretValues.HasCredentialShape(base64, SecretKind.Secret));
    }

    [Theory]
    [InlineData("a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6")]
    [InlineData("1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d")]
    public void Two_counts_woven_together_are_filler(string value) => Assert.True(SecretValues.IsPlaceholder(value));

    [Fact]
    public void Random_certificates_are_not_filler()
    {
        for (int i = 0; i < 1000; i++)
        {
            string hex = RandomSecrets.Hex32();
            Assert.False(SecretValues.IsPlaceholder(hex) && !hex.Contains("abcdef", StringComparison.Ordinal) && !hex.Contains("123456", StringComparison.Ordinal), hex);
        }
    }
}
