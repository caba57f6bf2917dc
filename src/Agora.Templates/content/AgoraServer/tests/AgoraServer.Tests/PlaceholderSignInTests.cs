using Microsoft.AspNetCore.Builder;

namespace AgoraServer.Tests;

/// <summary>The placeholder sign-in lets anyone in, so the server refuses to run with it outside Development.</summary>
public sealed class PlaceholderSignInTests
{
    [Fact]
    public async Task Outside_Development_the_server_refuses_to_start_until_the_sign_in_is_replaced()
    {
        InvalidOperationException refused = await Assert.ThrowsAsync<InvalidOperationException>(
            () => ServerApp.BuildAsync(["--environment", "Production"]));

        Assert.Contains("PlaceholderSignIn", refused.Message, StringComparison.Ordinal);
    }
}
