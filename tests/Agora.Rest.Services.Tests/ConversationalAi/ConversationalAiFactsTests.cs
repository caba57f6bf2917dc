using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using Agora.Rest.Services.ConversationalAi;

namespace Agora.Rest.Services.Tests.ConversationalAi;

/// <summary>The declarations against Agora's documented operations (the facts list), one method per operation.</summary>
public sealed class ConversationalAiFactsTests
{
    private static readonly Regex Hole = new(@"\{[^}/]+\}", RegexOptions.CultureInvariant);

    [Fact]
    public void Every_documented_operation_is_declared_once_and_every_declaration_is_documented()
    {
        List<string> documented = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Facts", "conversational-ai.operations.txt"))
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .ToList();
        List<string> declared = Declared(typeof(IConversationalAiApi)).ToList();

        Assert.Equal(10, documented.Count);
        foreach (string operation in documented)
        {
            Assert.Single(declared, d => Shape(d) == Shape(operation));
        }

        foreach (string declaration in declared)
        {
            Assert.Single(documented, d => Shape(d) == Shape(declaration));
        }
    }

    [Fact]
    public void The_china_interface_declares_nothing_of_its_own_and_prefixes_cn_to_the_global_base_path()
    {
        string global = new Uri(ApiAttribute(typeof(IConversationalAiApi)).BaseAddress).AbsolutePath;
        Uri china = new(ApiAttribute(typeof(IConversationalAiChinaApi)).BaseAddress);

        Assert.Empty(typeof(IConversationalAiChinaApi).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly));
        Assert.Equal("api.agora.io", china.Host);
        Assert.Equal("/cn" + global, china.AbsolutePath);
        Assert.Equal("/api/conversational-ai-agent/v2/projects", global);
    }

    private static IEnumerable<string> Declared(Type api)
    {
        string basePath = new Uri(ApiAttribute(api).BaseAddress).AbsolutePath.TrimEnd('/');
        foreach (MethodInfo method in api.GetMethods())
        {
            HttpMethodAttribute verb = Assert.Single(method.GetCustomAttributes<HttpMethodAttribute>());
            string name = verb.GetType().Name;
            yield return name.Substring(0, name.Length - "Attribute".Length).ToUpperInvariant() + " " + basePath + verb.Route;
        }
    }

    private static AgoraApiAttribute ApiAttribute(Type api) => Assert.Single(api.GetCustomAttributes<AgoraApiAttribute>(inherit: false));

    // Holes are wildcards: their spelling ({appid} or {appId}) is free.
    private static string Shape(string operation) => Hole.Replace(operation, "{}");
}
