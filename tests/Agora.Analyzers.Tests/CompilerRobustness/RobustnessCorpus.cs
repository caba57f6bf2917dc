using System.Collections.Generic;
using System.IO;
using Agora.Tests.Shared;

namespace Agora.Analyzers.Tests.CompilerRobustness;

/// <summary>
/// Representative sources for the robustness run: the repository's own API declarations, samples and secret-handling
/// code, read at test time so the corpus follows the code users copy.
/// </summary>
internal static class RobustnessCorpus
{
    public static readonly string[] Files =
    {
        "samples/Agora.Samples.Console/AgoraApis.cs",
        "samples/Agora.Samples.Console/Models.cs",
        "samples/Agora.Samples.Console/Program.cs",
        "samples/Agora.Samples.Console/SignalingSteps.cs",
        "samples/Agora.Samples.Console/CloudRecordingSteps.cs",
        "samples/Agora.Samples.Console/ConversationalAiSteps.cs",
        "samples/Agora.Samples.Server/AgoraApis.cs",
        "samples/Agora.Samples.Server/TokenEndpoints.cs",
        "samples/Agora.Samples.BlazorWasm/SignalingApi.cs",
        "samples/Agora.Samples.BlazorWasm/SignalingSession.cs",
        "samples/Agora.Samples.BlazorWasm/Mistakes/ServerCredentialsInTheBrowser.cs",
        "tests/Agora.Rest.Testing.Tests/ChannelManagementApis.cs",
        "tests/Agora.Rest.Testing.Tests/SignalingApis.cs",
        "tests/Agora.Rest.Testing.Tests/CloudRecordingApis.cs",
        "tests/Agora.Rest.Testing.Tests/ConversationalAiApis.cs",
        "tests/Agora.Rest.Testing.Tests/ConsoleApis.cs",
        "tests/Agora.Rest.Testing.Tests/ResilienceApis.cs",
        "tests/Agora.Rest.Tests/Apis/FeatureApi.cs",
        "tests/Agora.Rest.Tests/Apis/ChannelApi.cs",
        "tests/Agora.Rest.Tests/Apis/SignalingApis.cs",
        "tests/Agora.Samples.Tests/Server/SignalingApi.cs",
        "src/Agora.Rest/DependencyInjection/AgoraCustomerOptions.cs",
        "src/Agora.Rest/Credentials/AgoraCredentials.cs",
    };

    public static string Read(string relativePath) => File.ReadAllText(Path.Combine(RepositoryRoot.Find(), relativePath));

    public static IEnumerable<object[]> Cases()
    {
        foreach (string file in Files)
        {
            yield return new object[] { file };
        }
    }
}
