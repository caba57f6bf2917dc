using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Agora.Rest.Services.Tests.Infrastructure;
using Agora.Rest.Testing;

namespace Agora.Rest.Services.Tests;

/// <summary>
/// docs/services.md's table is the package as it is: one row per declared operation with its route and scheme, and an
/// <c>Emulated</c> column that says what the emulator answers, asked over a socket route by route.
/// Set AGORA_UPDATE_SERVICES_TABLE=1 to rewrite the table from the declarations, then review the diff.
/// </summary>
public sealed partial class ServicesTableTests
{
    private const string Header = "| Service | Operation | Method and route | Auth | Emulated |";

    [Fact]
    public async Task The_table_lists_every_declared_operation_with_its_route_auth_and_whether_the_emulator_answers_it()
    {
        IReadOnlyList<string> expected = await ExpectedRowsAsync();
        string document = DocumentedOperationsTests.ServicesDocument;
        if (Environment.GetEnvironmentVariable("AGORA_UPDATE_SERVICES_TABLE") == "1")
        {
            File.WriteAllLines(document, ReplaceTable(File.ReadAllLines(document), expected));
        }

        List<string> actual = TableRows(File.ReadAllLines(document));
        string missing = string.Join(Environment.NewLine, expected.Except(actual).Select(r => "missing or different: " + r));
        string extra = string.Join(Environment.NewLine, actual.Except(expected).Select(r => "not so in the package: " + r));
        Assert.True(missing.Length + extra.Length == 0, missing + Environment.NewLine + extra);
        Assert.Equal(expected, actual);
    }

    private static async Task<IReadOnlyList<string>> ExpectedRowsAsync()
    {
        var account = new AgoraEmulatorOptions
        {
            CustomerId = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)),
            CustomerSecret = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)),
        };
        await using AgoraEmulator emulator = await AgoraEmulator.StartAsync(account);
        using var http = new HttpClient { BaseAddress = emulator.BaseAddress };

        var rows = new List<string>();
        foreach (DeclaredOperation operation in DeclaredOperation.All.OrderBy(o => o.Service, StringComparer.Ordinal))
        {
            bool emulated = await EmulatorAnswersAsync(http, operation);
            rows.Add($"| {operation.Service} | `{operation.Name}` | `{operation.HttpMethod} {operation.Path}` | {operation.Auth} | {(emulated ? "yes" : "no")} |");
        }

        return rows;
    }

    // The gateway matches a route before it checks credentials or values, so any value fills a hole, and a route it does
    // not know gets its "no Route matched" answer.
    private static async Task<bool> EmulatorAnswersAsync(HttpClient http, DeclaredOperation operation)
    {
        string path = Hole().Replace(operation.Path, "x");
        using var request = new HttpRequestMessage(new HttpMethod(operation.HttpMethod), path.TrimStart('/'));
        using HttpResponseMessage response = await http.SendAsync(request);
        string body = await response.Content.ReadAsStringAsync();
        return !(response.StatusCode == HttpStatusCode.NotFound && body.Contains("no Route matched", StringComparison.Ordinal));
    }

    private static List<string> TableRows(string[] lines) =>
        lines.SkipWhile(l => l != Header).Skip(2).TakeWhile(l => l.StartsWith('|')).ToList();

    private static IEnumerable<string> ReplaceTable(string[] lines, IReadOnlyList<string> rows)
    {
        int header = Array.IndexOf(lines, Header);
        Assert.True(header >= 0, $"docs/services.md has no table headed '{Header}'.");
        int end = header + 2;
        while (end < lines.Length && lines[end].StartsWith('|'))
        {
            end++;
        }

        return lines.Take(header + 2).Concat(rows).Concat(lines.Skip(end));
    }

    [GeneratedRegex(@"\{[^}/]+\}")]
    private static partial Regex Hole();
}
