using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Agora.Rest.Services.Tests.Infrastructure;
using Agora.Rest.Testing;

namespace Agora.Rest.Services.Tests;

/// <summary>docs/services.md's <c>Emulated</c> column is what the emulator does: asked over a socket, route by route.</summary>
public sealed partial class EmulatedColumnTests
{
    [Fact]
    public async Task The_emulated_column_says_which_operations_the_emulator_answers()
    {
        var account = new AgoraEmulatorOptions
        {
            CustomerId = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)),
            CustomerSecret = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)),
        };
        await using AgoraEmulator emulator = await AgoraEmulator.StartAsync(account);
        using var http = new HttpClient { BaseAddress = emulator.BaseAddress };
        Dictionary<string, string> column = ServicesTable.Emulated(DocumentedOperationsTests.ServicesDocument);

        var wrong = new List<string>();
        foreach (DeclaredOperation operation in DeclaredOperation.All)
        {
            // Any value fills a hole: the gateway matches routes before it checks credentials or values.
            string path = Hole().Replace(operation.Path, "x");
            using var request = new HttpRequestMessage(new HttpMethod(operation.HttpMethod), path.TrimStart('/'));
            using HttpResponseMessage response = await http.SendAsync(request);
            string body = await response.Content.ReadAsStringAsync();
            bool answered = !(response.StatusCode == HttpStatusCode.NotFound && body.Contains("no Route matched", StringComparison.Ordinal));
            string expected = answered ? "yes" : "no";
            // The cell may say more after its yes or no ("yes (answers ...)").
            if (!column.TryGetValue(operation.Name, out string? said) || said.Split(' ')[0] != expected)
            {
                wrong.Add($"{operation.Name}: the emulator {(answered ? "answers" : "does not answer")} {operation.HttpMethod} {operation.Path}; the table says '{said}'");
            }
        }

        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
    }

    [GeneratedRegex(@"\{[^}/]+\}")]
    private static partial Regex Hole();
}
