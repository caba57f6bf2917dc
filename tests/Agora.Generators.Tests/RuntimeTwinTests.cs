using System;
using System.Linq;
using Agora.Generators.Model;
using Agora.Rest;

namespace Agora.Generators.Tests;

/// <summary>
/// The generator cannot reference the runtime library, so the values that cross from one to the other have twins on
/// the generator's side; the emitted code names runtime members after them. These tests pin each twin to its original.
/// </summary>
public sealed class RuntimeTwinTests
{
    [Fact]
    public void The_generator_s_auth_schemes_are_the_runtime_s_member_for_member()
    {
        Assert.Equal(Members<AgoraAuthScheme>(), Members<AuthScheme>());
    }

    private static (string Name, long Value)[] Members<TEnum>()
        where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Select(value => (value.ToString(), Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture))).ToArray();
}
