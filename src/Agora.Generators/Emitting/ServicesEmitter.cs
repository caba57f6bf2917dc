using System.Linq;
using Agora.Generators.Helpers;
using Agora.Generators.Model;

namespace Agora.Generators.Emitting;

/// <summary>
/// Writes <c>services.Add&lt;Name&gt;Client()</c> for consumers that reference Microsoft.Extensions.Http:
/// a typed client registered with IHttpClientFactory.
/// </summary>
internal static class ServicesEmitter
{
    private const string Services = "global::Microsoft.Extensions.DependencyInjection.IServiceCollection";
    private const string Builder = "global::Microsoft.Extensions.DependencyInjection.IHttpClientBuilder";
    private const string Factory = "global::" + HttpClientFactorySupport.FactoryExtensions;
    private const string BuilderExtensions = "global::" + HttpClientFactorySupport.BuilderExtensions;
    private const string Credentials = "global::Agora.Rest.AgoraCredentials";
    private const string Options = "global::Agora.Rest.AgoraClientOptions";
    private const string ContainerOptions = "global::Agora.Rest.Infrastructure.AgoraContainerOptions";
    private const string ServiceRegistration = "global::Microsoft.Extensions.DependencyInjection.ServiceCollectionServiceExtensions";
    private const string FilterInterface = "global::" + HttpClientFactorySupport.HandlerBuilderFilter;

    public static string HintName(ClientSpec spec) => spec.HintName.Substring(0, spec.HintName.Length - ".g.cs".Length) + ".Services.g.cs";

    public static string Emit(ClientSpec spec, HttpClientFactorySupport factory)
    {
        string client = (spec.Namespace is null ? "global::" : $"global::{spec.Namespace}.") + spec.ClientName;
        string accessibility = spec.Accessibility == "public" ? "public" : "internal";
        string name = GeneratedCodeInfo.XmlText(spec.InterfaceDisplayName);

        var writer = new SourceWriter();
        GeneratedCodeInfo.WriteHeader(writer);
        if (spec.Namespace is not null)
        {
            writer.Open($"namespace {spec.Namespace}");
        }

        writer.Line($"/// <summary>Registers <c>{spec.ClientName}</c> for <c>{name}</c> as a typed client with IHttpClientFactory.</summary>");
        writer.Line(GeneratedCodeInfo.Attribute);
        writer.Open($"{accessibility} static partial class {spec.ClientName}ServiceCollectionExtensions");

        writer.Line("/// <summary>");
        writer.Line($"/// Registers <c>{name}</c>, implemented by <c>{spec.ClientName}</c>, with credentials taken from the container");
        writer.Line("/// (the most recently registered <see cref=\"global::Agora.Rest.AgoraCredentials\"/> that can serve this API, for example from");
        writer.Line("/// <c>AddAgoraCredentials</c> or <c>AddAgoraTokenProvider</c>), and options from the container: an <see cref=\"global::Agora.Rest.AgoraClientOptions\"/>");
        writer.Line("/// instance when one is registered, else the configured options (<c>Agora:Area</c>, the container's logger factory).");
        writer.Line("/// </summary>");
        writer.Line("/// <returns>The builder, to add handlers such as a resilience pipeline.</returns>");
        writer.Open($"public static {Builder} Add{spec.ClientName}(this {Services} services)");
        writer.Line("if (services is null) throw new global::System.ArgumentNullException(nameof(services));");
        writer.Line($"{ContainerOptions}.Register(services);");
        WriteRegistration(writer, factory, $"{Factory}.AddHttpClient<{spec.InterfaceType}, {client}>(services, __AgoraCreateFromServices)");
        writer.Close();

        writer.Line();
        writer.Line($"/// <summary>Registers <c>{name}</c>, implemented by <c>{spec.ClientName}</c>, with the given credentials and options (the container's when none are given).</summary>");
        writer.Line("/// <returns>The builder, to add handlers such as a resilience pipeline.</returns>");
        writer.Open($"public static {Builder} Add{spec.ClientName}(this {Services} services, {Credentials} credentials, {Options}? options = null)");
        writer.Line("if (services is null) throw new global::System.ArgumentNullException(nameof(services));");
        writer.Line("if (credentials is null) throw new global::System.ArgumentNullException(nameof(credentials));");
        writer.Line($"{ContainerOptions}.Register(services);");
        WriteRegistration(writer, factory, $"{Factory}.AddHttpClient<{spec.InterfaceType}, {client}>(services, (httpClient, serviceProvider) =>\n            new {client}(httpClient, credentials, options ?? {ContainerOptions}.Resolve(serviceProvider)))");
        writer.Close();

        writer.Line();
        writer.Open($"private static {client} __AgoraCreateFromServices(global::System.Net.Http.HttpClient httpClient, global::System.IServiceProvider serviceProvider)");
        writer.Line($"{Credentials} credentials = global::Agora.Rest.Infrastructure.AgoraContainerCredentials.Resolve(serviceProvider, {CSharpText.Literal(spec.ClientName)}, __agoraSchemesInUse);");
        writer.Line($"return new {client}(httpClient, credentials, {ContainerOptions}.Resolve(serviceProvider));");
        writer.Close();

        writer.Line();
        string schemes = string.Join(", ", spec.AuthSchemesInUse.Select(ClientEmitter.SchemeName));
        writer.Line($"private static readonly global::Agora.Rest.AgoraAuthScheme[] __agoraSchemesInUse = new global::Agora.Rest.AgoraAuthScheme[] {{ {schemes} }};");

        if (factory.CanRedactLoggedHeaders)
        {
            writer.Line();
            writer.Line("// Microsoft.Extensions.Http before 9.0 logs header values at Trace; ours carry credentials.");
            writer.Line("private static bool __AgoraRedactHeaderValue(string headerName) => true;");
        }

        if (factory.CanFilterHandlers)
        {
            WriteRedirectFilter(writer);
        }

        writer.Close();
        if (spec.Namespace is not null)
        {
            writer.Close();
        }

        return writer.ToString();
    }

    // Redacting every value matches Microsoft.Extensions.Http 9.0's default, and holds on older versions too.
    private static void WriteRegistration(SourceWriter writer, HttpClientFactorySupport factory, string addHttpClient)
    {
        if (!factory.CanFilterHandlers)
        {
            writer.Line($"return {Redacted(factory, addHttpClient)};");
            return;
        }

        writer.Line($"{Builder} builder = {addHttpClient};");
        writer.Line($"{ServiceRegistration}.AddSingleton<{FilterInterface}>(services, new __AgoraFinalHandlerSettings(builder.Name));");
        writer.Line($"return {Redacted(factory, "builder")};");
    }

    private static string Redacted(HttpClientFactorySupport factory, string builder) =>
        factory.CanRedactLoggedHeaders ? $"{BuilderExtensions}.RedactLoggedHeaders({builder}, __AgoraRedactHeaderValue)" : builder;

    // The primary handler leaves redirects to the client, which keeps credentials within the origin. A filter, not
    // ConfigurePrimaryHttpMessageHandler: filters run after every builder action, so a primary handler the caller
    // configures later (or earlier) cannot turn the handler's own redirects back on.
    private static void WriteRedirectFilter(SourceWriter writer)
    {
        const string HandlerBuilder = "global::Microsoft.Extensions.Http.HttpMessageHandlerBuilder";
        writer.Line();
        writer.Line("/// <summary>");
        writer.Line("/// Turns off the primary handler's own redirects for this client, after every other configuration, and routes the attempts");
        writer.Line("/// of a handler that repeats requests (a resilience pipeline) over Agora's hosts, so calls are not repeated twice over.");
        writer.Line("/// </summary>");
        writer.Open($"private sealed class __AgoraFinalHandlerSettings : {FilterInterface}");
        writer.Line("private readonly string _clientName;");
        writer.Line();
        writer.Line("public __AgoraFinalHandlerSettings(string clientName) => _clientName = clientName;");
        writer.Line();
        writer.Open($"public global::System.Action<{HandlerBuilder}> Configure(global::System.Action<{HandlerBuilder}> next) => builder =>");
        writer.Line("next(builder);");
        writer.Open("if (string.Equals(builder.Name, _clientName, global::System.StringComparison.Ordinal))");
        writer.Line("global::Agora.Rest.Infrastructure.AgoraHandlers.LeaveRedirectsToClient(builder.PrimaryHandler);");
        writer.Line("global::Agora.Rest.Infrastructure.AgoraHandlers.RouteRepeatsOfThePipeline(builder.AdditionalHandlers);");
        writer.Close();
        writer.Close(";");
        writer.Close();
    }
}
