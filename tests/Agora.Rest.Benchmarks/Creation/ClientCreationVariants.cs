using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using Agora.Rest.Benchmarks.Interleaved;
using Agora.Rest.Benchmarks.PerCall;

namespace Agora.Rest.Benchmarks.Creation;

/// <summary>
/// Ways of creating a client that is ready to make the per-call benchmark's Basic GET, given what an application already
/// holds: an <see cref="HttpClient"/> (from <c>IHttpClientFactory</c>, say) and options shared by every client. The
/// baseline is the hand-written client of the per-call figures (<see cref="HandWrittenClient"/>: header and URIs made
/// once, at creation). Each created client is kept in a field, so that no creation can be optimized away.
/// </summary>
internal sealed class ClientCreationVariants
{
    private readonly PerCallFixture _fixture;
    private readonly HttpClient _http;
    private readonly HttpClient _httpWithBase;
    private readonly AgoraClientOptions _options = new() { JsonSerializerOptions = BenchmarkJsonContext.Default.Options };
    private readonly AuthenticationHeaderValue _basic;
    private object? _created;

    public ClientCreationVariants(PerCallFixture fixture)
    {
        _fixture = fixture;
        _http = new HttpClient(new CheckingHandler(fixture.BasicHeader, fixture.Projects));
        _httpWithBase = new HttpClient(new CheckingHandler(fixture.BasicHeader, fixture.Projects)) { BaseAddress = new Uri(PerCallClients.BaseAddress) };
        _basic = AuthenticationHeaderValue.Parse(fixture.BasicHeader);

        // A client of every variant must make the call correctly before any creation is timed.
        Check("hand-written", HandWrittenFromSecret());
        Check("generated", GeneratedFromSecret());
        Check("hand-written", HandWrittenFromHeader());
        Check("generated", GeneratedFromCredentials());
    }

    /// <summary>Each scenario with its variants, hand-written first; a call creates one client.</summary>
    public ClientCreationScenario[] Scenarios() => new[]
    {
        new ClientCreationScenario("Create a client from the Customer ID and Secret", new[]
        {
            Keep("hand-written", HandWrittenFromSecret),
            Keep("generated (Agora.Generators)", GeneratedFromSecret),
        }),
        new ClientCreationScenario("Create a client from credentials made once (as a container holds them)", new[]
        {
            Keep("hand-written", HandWrittenFromHeader),
            Keep("generated (Agora.Generators)", GeneratedFromCredentials),
        }),
    };

    // What careful hand-written code does once per client: the header from the two values, then the client.
    private HandWrittenClient HandWrittenFromSecret() =>
        new(_http, PerCallClients.BaseAddress, new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(_fixture.CustomerId + ":" + _fixture.CustomerSecret))), tokens: null);

    // The generated client's documented set-up: validated credentials (the header is computed there), then the client.
    private ProjectApiClient GeneratedFromSecret() =>
        new(_httpWithBase, AgoraCredentials.Basic(_fixture.CustomerId, _fixture.CustomerSecret), _options);

    private HandWrittenClient HandWrittenFromHeader() => new(_http, PerCallClients.BaseAddress, _basic, tokens: null);

    private ProjectApiClient GeneratedFromCredentials() => new(_httpWithBase, _fixture.Basic, _options);

    private Variant Keep(string name, Func<object> create) => new(name, () =>
    {
        _created = create();
        return _created is not null;
    });

    private static void Check(string name, HandWrittenClient client)
    {
        if (InterleavedRounds.Completed(client.ListProjectsAsync()).Projects.Count != 5)
        {
            throw new InvalidOperationException($"A {name} client returned a different answer.");
        }
    }

    // Through the interface, as callers hold it.
#pragma warning disable CA1859
    private static void Check(string name, IProjectApi client)
#pragma warning restore CA1859
    {
        if (InterleavedRounds.Completed(client.ListProjectsAsync()).Projects.Count != 5)
        {
            throw new InvalidOperationException($"A {name} client returned a different answer.");
        }
    }
}

/// <summary>One way of creating a client and its variants, the baseline first.</summary>
internal sealed record ClientCreationScenario(string Name, Variant[] Variants);
