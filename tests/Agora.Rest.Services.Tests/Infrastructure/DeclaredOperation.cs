using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Agora.Rest;

namespace Agora.Rest.Services.Tests.Infrastructure;

/// <summary>One operation the services package declares, read from its attributes as the generator reads them.</summary>
public sealed record DeclaredOperation(string Service, string Interface, string Method, string HttpMethod, string Path, string Auth)
{
    /// <summary>How the table in docs/services.md names the operation.</summary>
    public string Name => Interface + "." + Method;

    /// <summary>Every operation each <c>[AgoraApi]</c> interface of the package declares itself (inherited ones are its base's).</summary>
    public static IReadOnlyList<DeclaredOperation> All { get; } = Read();

    private static List<DeclaredOperation> Read()
    {
        Assembly services = typeof(Microsoft.Extensions.DependencyInjection.AgoraServicesServiceCollectionExtensions).Assembly;
        var operations = new List<DeclaredOperation>();
        // In a fixed order (reflection promises none): by interface name, each interface's methods as declared.
        foreach (Type api in services.GetExportedTypes().Where(t => t.IsInterface && IsApi(t)).OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            string basePath = new Uri(api.GetCustomAttribute<AgoraApiAttribute>()!.BaseAddress).AbsolutePath.TrimEnd('/');
            foreach (MethodInfo method in OwnOperations(api))
            {
                HttpMethodAttribute? verb = method.GetCustomAttribute<HttpMethodAttribute>();
                if (verb is null)
                {
                    continue;
                }

                string route = verb.Route.Split('?')[0];
                operations.Add(new DeclaredOperation(
                    ServiceOf(api),
                    api.Name,
                    method.Name,
                    verb.GetType().Name.Replace("Attribute", string.Empty, StringComparison.Ordinal).ToUpperInvariant(),
                    basePath + (route.StartsWith('/') ? route : "/" + route),
                    AuthOf(method) ?? AuthOf(api) ?? "none"));
            }
        }

        return operations;
    }

    // What an API declares itself, with what it takes from bases that are not APIs of their own (Conversational AI's
    // operations, declared once for the global and China interfaces); an API base's operations are that base's.
    private static IEnumerable<MethodInfo> OwnOperations(Type api) =>
        api.GetInterfaces().Where(b => !IsApi(b) && !api.GetInterfaces().Any(other => IsApi(other) && other.GetInterfaces().Contains(b))).Prepend(api)
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).OrderBy(m => m.MetadataToken));

    private static bool IsApi(Type type) => type.GetCustomAttribute<AgoraApiAttribute>() is not null;

    // Agora.Rest.Services.CloudRecording.IIndividualRecordingApi -> CloudRecording
    private static string ServiceOf(Type api) => api.Namespace!.Split('.').Last();

    // The schemes a declaration names, joined ("Basic or AccessToken2" for an API that accepts either).
    private static string? AuthOf(MemberInfo member)
    {
        var schemes = new List<string>();
        if (member.GetCustomAttribute<NoAuthAttribute>() is not null)
        {
            schemes.Add("none");
        }

        if (member.GetCustomAttribute<BasicAuthAttribute>() is not null)
        {
            schemes.Add("Basic");
        }

        if (member.GetCustomAttribute<AccessToken2AuthAttribute>() is not null)
        {
            schemes.Add("AccessToken2");
        }

        if (member.GetCustomAttribute<AccessTokenAuthAttribute>() is not null)
        {
            schemes.Add("AccessToken");
        }

        return schemes.Count == 0 ? null : string.Join(" or ", schemes);
    }
}
