using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Agora.Rest.Services.Tests.Infrastructure;

namespace Agora.Rest.Services.Tests;

/// <summary>
/// The package declares exactly what Agora documents: every method + route pair of Agora's OpenAPI descriptions (the
/// facts in <c>Facts/</c>) is declared once, and nothing else is.
/// </summary>
public sealed class DocumentedOperationsTests
{
    [Fact]
    public void Every_documented_operation_is_declared_once_and_every_declared_one_is_documented()
    {
        var problems = new List<string>();
        foreach (DocumentedOperation documented in DocumentedOperation.All)
        {
            var senders = DeclaredOperation.All.Where(d => d.Service == documented.Service && documented.IsSentBy(d)).ToList();
            if (senders.Count == 0)
            {
                problems.Add($"not declared: {documented}");
            }
            else if (senders.Count > 1 && !(documented.Service == "CloudRecording" && IsScenarioFamily(senders)))
            {
                problems.Add($"declared {senders.Count} times: {documented} ({string.Join(", ", senders.Select(s => s.Name))})");
            }
        }

        foreach (DeclaredOperation declared in DeclaredOperation.All)
        {
            if (!DocumentedOperation.All.Any(d => d.Service == declared.Service && d.IsSentBy(declared)))
            {
                problems.Add($"not documented by Agora: {declared.Service}: {declared.HttpMethod} {declared.Path} ({declared.Name})");
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        Assert.NotEmpty(DeclaredOperation.All);
    }

    [Fact]
    public void Every_service_with_declarations_has_its_facts()
    {
        var documentedServices = DocumentedOperation.All.Select(d => d.Service).ToHashSet();
        Assert.All(DeclaredOperation.All.Select(d => d.Service).Distinct(), service => Assert.Contains(service, documentedServices));
    }


    /// <summary>docs/services.md of this repository.</summary>
    public static string ServicesDocument => Path.Combine(RepositoryRoot(), "docs", "services.md");

    // Cloud Recording's scenario clients (individual, mix, web) each declare the documented operation once: acquire as it
    // is, the {mode} routes with their own mode. Within one interface, an operation is declared once.
    private static bool IsScenarioFamily(List<DeclaredOperation> senders) =>
        senders.Select(s => s.Interface).Distinct().Count() == senders.Count;

    internal static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Agora.Generators.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root (Agora.Generators.sln) is not above the test output.");
    }
}
