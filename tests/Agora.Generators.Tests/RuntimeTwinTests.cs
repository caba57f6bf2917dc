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

    [Theory]
    [InlineData('a')]
    [InlineData(' ')]
    [InlineData('~')]
    [InlineData('\t')]
    [InlineData('\r')]
    [InlineData('\n')]
    [InlineData('\0')]
    [InlineData('\u007f')]
    [InlineData('\u00e9')]
    public void A_header_value_the_generator_accepts_is_one_the_runtime_sends(char c)
    {
        string value = "v" + c + "v";
        bool generatorAccepts = Agora.Generators.Parsing.HeaderRules.ValidateValue("x-test", value) is null;
        using var request = new System.Net.Http.HttpRequestMessage();

        bool runtimeAccepts = Record.Exception(() => Agora.Rest.Infrastructure.AgoraHeaders.AddFromParameter(request, "x-test", value, "value")) is null;

        Assert.Equal(generatorAccepts, runtimeAccepts);
    }

    private static (string Name, long Value)[] Members<TEnum>()
        where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Select(value => (value.ToString(), Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture))).ToArray();
}
