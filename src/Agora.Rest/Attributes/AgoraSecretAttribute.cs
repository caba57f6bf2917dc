using System;

namespace Agora.Rest;

/// <summary>
/// Marks a parameter, property or field that takes an Agora server secret (Customer Secret, App
/// Certificate). The package's analyzers treat a constant reaching it as a hard-coded secret; put it on
/// your own APIs that take such values too.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property | AttributeTargets.Field, AllowMultiple = false, Inherited = true)]
public sealed class AgoraSecretAttribute : Attribute
{
}
