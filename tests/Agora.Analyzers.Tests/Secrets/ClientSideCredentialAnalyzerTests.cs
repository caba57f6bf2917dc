using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Verify = Agora.Analyzers.Tests.AnalyzerVerifier<Agora.Analyzers.Security.ClientSideCredentialAnalyzer>;

namespace Agora.Analyzers.Tests.Secrets;

/// <summary>AGR0003: server credentials in apps that ship to devices, told apart from servers and libraries.</summary>
public sealed class ClientSideCredentialAnalyzerTests
{
    private const string Usings = """
        using System;
        using System.Threading.Tasks;
        using Agora.Rest;
        using Agora.Rest.Tokens;
        using Microsoft.Extensions.Configuration;

        """;

    // Credentials read from configuration: fine on a server, still extractable from an app.
    private const string ServerCode = Usings + """
        class Calls
        {
            AgoraCredentials Basic(IConfiguration c) => {|#0:AgoraCredentials.Basic(c["Agora:CustomerId"]!, c["Agora:CustomerSecret"]!)|};
            string Token(IConfiguration c) => {|#1:RtmTokenBuilder2.BuildToken(c["Agora:AppId"]!, c["Agora:AppCertificate"]!, "user", 3600)|};
            void Options(AgoraAppOptions options, IConfiguration c) => {|#2:options.AppCertificate = c["Agora:AppCertificate"]|};
            AgoraCredentials Fine(string token) => AgoraCredentials.Token(token);
        }

        [AgoraApi("https://api.agora.io"), {|#3:BasicAuth|}]
        public partial interface IProjectApi
        {
            [Get("/dev/v1/projects")]
            Task<string> ListAsync();
        }
        """;

    [Theory]
    [InlineData("build_property.UsingMicrosoftNETSdkBlazorWebAssembly = true", "Blazor WebAssembly")]
    [InlineData("build_property.UseMaui = true", ".NET MAUI")]
    [InlineData("build_property.UseWPF = true", "WPF")]
    [InlineData("build_property.UseWindowsForms = True", "Windows Forms")]
    [InlineData("build_property.UseWinUI = true", "WinUI")]
    [InlineData("build_property.TargetPlatformIdentifier = android", "Android")]
    [InlineData("build_property.TargetPlatformIdentifier = ios", "iOS")]
    [InlineData("build_property.TargetPlatformIdentifier = maccatalyst", "Mac Catalyst")]
    [InlineData("build_property.RuntimeIdentifier = browser-wasm", "browser WebAssembly")]
    public Task Client_projects_are_told_by_their_build_properties(string property, string platform) =>
        Verify.VerifyAsync(ServerCode.Replace("{|#0:", "{|AGR0003:").Replace("{|#1:", "{|AGR0003:").Replace("{|#2:", "{|AGR0003:").Replace("{|#3:", "{|AGR0003:")
            + $"\n// {platform}\n", property);

    [Fact]
    public Task Unity_is_told_by_its_references() =>
        Verify.VerifyAsync(Marked(ServerCode), globalConfig: null, FakeAssembly("UnityEngine"));

    [Fact]
    public Task A_WebAssembly_reference_alone_marks_a_client() =>
        Verify.VerifyAsync(Marked(ServerCode), globalConfig: null, FakeAssembly("Microsoft.AspNetCore.Components.WebAssembly"));

    [Fact]
    public Task A_Blazor_Web_App_server_that_references_its_WebAssembly_client_is_a_server() =>
        Verify.VerifyAsync(Unmarked(ServerCode), "build_property.UsingMicrosoftNETSdkWeb = true", FakeAssembly("Microsoft.AspNetCore.Components.WebAssembly"));

    [Fact]
    public Task A_server_is_also_told_by_its_host_references() =>
        Verify.VerifyAsync(Unmarked(ServerCode), globalConfig: null, FakeAssembly("Microsoft.AspNetCore.Components.WebAssembly"), FakeAssembly("Microsoft.AspNetCore.Server.Kestrel.Core"));

    [Theory]
    [InlineData(null)]
    [InlineData("build_property.UseMaui = false")]
    [InlineData("build_property.UseWPF = ")]
    [InlineData("build_property.TargetPlatformIdentifier = windows")]
    public Task Libraries_consoles_and_unknown_projects_are_quiet(string? property) =>
        Verify.VerifyAsync(Unmarked(ServerCode), property);

    private static string Marked(string code) =>
        Enumerable.Range(0, 4).Aggregate(code, (text, i) => text.Replace($"{{|#{i}:", "{|AGR0003:"));

    private static string Unmarked(string code) =>
        Enumerable.Range(0, 4).Aggregate(code, (text, i) => text.Replace($"{{|#{i}:", "{|")).Replace("{|", "").Replace("|}", "");

    // An assembly with the given name, as a client or server framework would contribute to the references.
    private static PortableExecutableReference FakeAssembly(string name)
    {
        CSharpCompilation compilation = CSharpCompilation.Create(name, new[] { CSharpSyntaxTree.ParseText("namespace Marker { public sealed class Type { } }") },
            Basic.Reference.Assemblies.Net100.References.All.Cast<MetadataReference>(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var image = new System.IO.MemoryStream();
        Assert.True(compilation.Emit(image).Success);
        return MetadataReference.CreateFromImage(image.ToArray());
    }
}
