using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using Agora.Rest;
using Agora.Rest.Services.CloudRecording;

namespace Agora.Rest.Services.Tests.CloudRecording;

// The documented operations (Facts/cloud-recording.operations.txt) against the declared methods. Cloud Recording is
// declared per scenario, so one documented operation (with {mode} a wildcard) is matched once per scenario that has it.
public sealed class CloudRecordingOperationsTests
{
    private static readonly Type[] Interfaces =
        typeof(IIndividualRecordingApi).Assembly.GetExportedTypes()
            .Where(t => t.IsInterface && t.Namespace == typeof(IIndividualRecordingApi).Namespace && t.GetCustomAttribute<AgoraApiAttribute>() is not null)
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .ToArray();

    private static string[] Facts() =>
        File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Facts", "cloud-recording.operations.txt"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .ToArray();

    private static IEnumerable<(Type Api, MethodInfo Method, string Operation)> Declared() =>
        from api in Interfaces
        from method in api.GetMethods()
        let verb = method.GetCustomAttribute<HttpMethodAttribute>()!
        let path = new Uri(api.GetCustomAttribute<AgoraApiAttribute>()!.BaseAddress).AbsolutePath.TrimEnd('/') + verb.Route
        select (api, method, verb.GetType().Name.Replace("Attribute", string.Empty, StringComparison.Ordinal).ToUpperInvariant() + " " + path);

    private static bool Matches(string fact, string declared)
    {
        string[] a = fact.Split(' ', '/');
        string[] b = declared.Split(' ', '/');
        return a.Length == b.Length
            && a.Zip(b).All(p => p.First.StartsWith('{') || p.Second.StartsWith('{') || string.Equals(p.First, p.Second, StringComparison.Ordinal));
    }

    [Fact]
    public void The_scenarios_and_the_notification_api_are_declared()
    {
        Assert.Equal(
            ["ICloudRecordingNotificationsApi", "IIndividualRecordingApi", "IMixRecordingApi", "IWebRecordingApi"],
            Interfaces.Select(t => t.Name));
        Assert.All(Interfaces, api =>
        {
            Assert.Equal("https://api.sd-rtn.com", api.GetCustomAttribute<AgoraApiAttribute>()!.BaseAddress);
            Assert.NotNull(api.GetCustomAttribute<BasicAuthAttribute>());
        });
    }

    [Fact]
    public void Every_declared_method_matches_exactly_one_documented_operation()
    {
        string[] facts = Facts();
        Assert.All(Declared(), d => Assert.True(
            facts.Count(f => Matches(f, d.Operation)) == 1,
            $"{d.Api.Name}.{d.Method.Name} ({d.Operation}) matches {facts.Count(f => Matches(f, d.Operation))} documented operations."));
    }

    [Fact]
    public void Every_documented_operation_is_declared_and_at_most_once_per_interface()
    {
        var declared = Declared().ToList();
        Assert.All(Facts(), fact =>
        {
            var matches = declared.Where(d => Matches(fact, d.Operation)).ToList();
            Assert.True(matches.Count > 0, $"{fact} is not declared.");
            Assert.True(matches.GroupBy(m => m.Api).All(g => g.Count() == 1), $"{fact} is declared twice in one interface.");
        });
    }

    [Theory]
    [InlineData("IIndividualRecordingApi", "individual", "AcquireAsync StartAsync UpdateAsync QueryAsync StopAsync")]
    [InlineData("IMixRecordingApi", "mix", "AcquireAsync StartAsync UpdateAsync UpdateLayoutAsync QueryAsync StopAsync")]
    [InlineData("IWebRecordingApi", "web", "AcquireAsync StartAsync UpdateAsync QueryAsync StopAsync")]
    public void Each_scenario_has_its_operations_with_its_mode_in_the_route(string interfaceName, string mode, string methods)
    {
        Type api = Interfaces.Single(t => t.Name == interfaceName);

        Assert.Equal(methods.Split(' ').Order(StringComparer.Ordinal), api.GetMethods().Select(m => m.Name).Order(StringComparer.Ordinal));
        foreach (MethodInfo method in api.GetMethods().Where(m => m.Name != "AcquireAsync"))
        {
            Assert.Contains("/mode/" + mode + "/", method.GetCustomAttribute<HttpMethodAttribute>()!.Route, StringComparison.Ordinal);
        }
    }
}
