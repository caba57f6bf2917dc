using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using Agora.Rest;

namespace Agora.Rest.Services.Tests.Infrastructure;

/// <summary>
/// Compares a service's facts list (<c>Facts/&lt;service&gt;.operations.txt</c>, <c>METHOD /full/path</c> a line) with
/// the operations its interfaces declare: every line matched by exactly one method, every method by a line, route
/// holes compared as wildcards.
/// </summary>
public static class OperationFacts
{
    private static readonly Regex Hole = new(@"\{[^}]*\}", RegexOptions.CultureInvariant);

    /// <summary>The documented operations, as <c>METHOD /path</c> with every hole written <c>{}</c>.</summary>
    public static IReadOnlyList<string> Documented(string factsFile)
    {
        string path = Path.Combine(AppContext.BaseDirectory, "Facts", factsFile);
        return File.ReadAllLines(path)
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(Normalize)
            .ToList();
    }

    /// <summary>The declared operations of the interfaces, as <c>METHOD /base-path/route</c> with every hole written <c>{}</c>.</summary>
    public static IReadOnlyList<string> Declared(params Type[] apis)
    {
        var operations = new List<string>();
        foreach (Type api in apis)
        {
            AgoraApiAttribute agoraApi = api.GetCustomAttribute<AgoraApiAttribute>()
                ?? throw new InvalidOperationException($"{api.Name} has no [AgoraApi].");
            string basePath = new Uri(agoraApi.BaseAddress).AbsolutePath.TrimEnd('/');
            foreach (MethodInfo method in api.GetMethods())
            {
                HttpMethodAttribute http = method.GetCustomAttribute<HttpMethodAttribute>()
                    ?? throw new InvalidOperationException($"{api.Name}.{method.Name} has no HTTP method attribute.");
                string verb = http.GetType().Name.Replace("Attribute", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
                operations.Add(Normalize($"{verb} {basePath}{http.Route}"));
            }
        }

        return operations;
    }

    /// <summary>Asserts the two lists match one to one.</summary>
    public static void AssertMatch(string factsFile, params Type[] apis)
    {
        IReadOnlyList<string> documented = Documented(factsFile);
        IReadOnlyList<string> declared = Declared(apis);
        Assert.NotEmpty(documented);
        foreach (string operation in documented)
        {
            Assert.True(declared.Count(d => d == operation) == 1, $"'{operation}' is declared {declared.Count(d => d == operation)} times.");
        }

        foreach (string operation in declared)
        {
            Assert.True(documented.Contains(operation), $"'{operation}' is declared but not documented in {factsFile}.");
        }

        Assert.Equal(documented.Count, declared.Count);
    }

    private static string Normalize(string operation)
    {
        int space = operation.IndexOf(' ', StringComparison.Ordinal);
        string verb = operation.Substring(0, space).ToUpperInvariant();
        string path = operation.Substring(space + 1).Trim();
        int query = path.IndexOf('?', StringComparison.Ordinal);
        if (query >= 0)
        {
            path = path.Substring(0, query);
        }

        return verb + " " + Hole.Replace(path, "{}");
    }
}
