using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Agora.Rest.Tokens;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit;

namespace Agora.Rest.Testing.Tests;

/// <summary>
/// One audit across every failure path, with typed clients from IHttpClientFactory logging at Trace: 401, 403, 404,
/// 429, 500, malformed JSON, a timeout, a cancellation and bad arguments, for HTTP Basic, AccessToken2 and the legacy
/// token pair. No exception (message, ToString, inner exceptions, Data) and no log line holds the Customer Secret, the
/// Basic credential (encoded or not), the token or the App Certificate.
/// </summary>
public sealed class RedactionAuditTests : EmulatorTest
{
    private readonly CapturingLoggerProvider _logs = new();

    public RedactionAuditTests()
        : base(clockStart: null, "Alpha")
    {
    }

    private EmulatedApp Alpha => Account.Apps[0];

    [Fact]
    public async Task No_failure_path_puts_a_secret_in_an_exception_or_a_log_line()
    {
        string token = RtmTokenBuilder2.BuildToken(Alpha.AppId, Alpha.Certificate, "bot", 600, TokenIssue.Now(Time));
        string legacyToken = AccessToken.Build(Alpha.AppId, Alpha.Certificate, string.Empty, "bot",
            new[] { new TokenPrivilege((ushort)AccessTokenPrivilege.RtmLogin, (uint)Time.GetUtcNow().AddMinutes(10).ToUnixTimeSeconds()) });
        string basicPair = Account.CustomerId + ":" + Account.CustomerSecret;
        string[] secrets = { Account.CustomerSecret, basicPair, Convert.ToBase64String(Encoding.UTF8.GetBytes(basicPair)), token, legacyToken, Alpha.Certificate };

        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(_logs));
        services.AddProjectApiClient(Credentials).ConfigureHttpClient(Configure);
        services.AddSignalingApiClient(AgoraCredentials.Token(token)).ConfigureHttpClient(Configure);
        services.AddSignalingLegacyApiClient(AgoraCredentials.Token(legacyToken, "bot")).ConfigureHttpClient(Configure);
        ServiceProvider provider = DisposeAfterTest(services.BuildServiceProvider());
        IProjectApi projects = provider.GetRequiredService<IProjectApi>();
        ISignalingApi signaling = provider.GetRequiredService<ISignalingApi>();
        ISignalingLegacyApi legacy = provider.GetRequiredService<ISignalingLegacyApi>();

        // Each path with the exception it must end in, so that a stray timeout cannot stand in for another failure.
        var failures = new List<(string Path, Type Expected, Func<Task> Call)>
        {
            ("401 Basic", typeof(AgoraApiException), () => new ProjectApiClient(Http, AgoraCredentials.Basic(Account.CustomerId, Account.CustomerSecret + "x")).ListProjectsAsync()),
            ("404", typeof(AgoraApiException), () => projects.MissingAsync()),
            ("bad argument", typeof(ArgumentException), () => signaling.UserEventsAsync("..")),
            ("oversized argument", typeof(ArgumentException), () => signaling.UserEventsAsync(new string('a', 5000))),
            ("null argument", typeof(ArgumentException), () => signaling.UserEventsAsync(null!)),
        };
        foreach (int status in new[] { 401, 403, 429, 500 })
        {
            failures.Add(($"{status} Basic", typeof(AgoraApiException), () => FaultAsync(Projects, EmulatorFault.Status(status), () => projects.ListProjectsAsync())));
            failures.Add(($"{status} AccessToken2", typeof(AgoraApiException), () => FaultAsync(UserEvents, EmulatorFault.Status(status), () => signaling.UserEventsAsync(Alpha.AppId))));
            failures.Add(($"{status} legacy", typeof(AgoraApiException), () => FaultAsync(UserEvents, EmulatorFault.Status(status), () => legacy.UserEventsAsync(Alpha.AppId))));
        }

        failures.Add(("malformed JSON", typeof(AgoraApiException), () => FaultAsync(Projects, EmulatorFault.Status(200, "{\"projects\":[{"), () => projects.ListProjectsAsync())));
        failures.Add(("timeout", typeof(TaskCanceledException), TimesOutAsync));
        failures.Add(("cut after the headers", typeof(HttpRequestException), () => FaultAsync(UserEvents, EmulatorFault.CutOffBody(200, "{\"result\":\"succ"), () => legacy.UserEventsAsync(Alpha.AppId))));
        failures.Add(("dropped before the headers", typeof(HttpRequestException), () => FaultAsync(UserEvents, EmulatorFault.DropConnection(), () => signaling.UserEventsAsync(Alpha.AppId))));
        failures.Add(("error body cut", typeof(AgoraApiException), () => FaultAsync(Projects, EmulatorFault.CutOffBody(500, "{\"message\":\"An unexp"), () => projects.ListProjectsAsync())));
        failures.Add(("cancellation", typeof(OperationCanceledException), () => CancelledAsync(cancellationToken => signaling.UserEventsAsync(Alpha.AppId, cancellationToken))));

        foreach ((string path, Type expected, Func<Task> call) in failures)
        {
            Exception error = await Assert.ThrowsAnyAsync<Exception>(call);
            Assert.True(expected.IsInstanceOfType(error), $"{path}: expected {expected.Name}, got {error.GetType().Name}: {error.Message}");
            foreach (string text in ExceptionTexts.Of(error))
            {
                foreach (string secret in secrets)
                {
                    Assert.False(text.Contains(secret, StringComparison.Ordinal), $"{path}: a secret appears in the exception:\n{text}");
                }
            }
        }

        Assert.NotEmpty(_logs.Lines);
        Assert.Contains(_logs.Lines, line => line.Contains("Request Headers", StringComparison.Ordinal));
        foreach (string line in _logs.Lines)
        {
            foreach (string secret in secrets)
            {
                Assert.False(line.Contains(secret, StringComparison.Ordinal), $"A secret appears in a log line:\n{line}");
            }
        }
    }

    // HttpClient's default timeout: only the timeout path may depend on time, and it has a client of its own.
    private void Configure(HttpClient http) => http.BaseAddress = Emulator.BaseAddress;

    // A typed client of its own with a short timeout, logging to the same provider, meets an emulator that never
    // answers: it can only end in the timeout, however slow the machine.
    private async Task TimesOutAsync()
    {
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(_logs));
        services.AddProjectApiClient(Credentials).ConfigureHttpClient(http =>
        {
            Configure(http);
            http.Timeout = TimeSpan.FromMilliseconds(250);
        });
        await using ServiceProvider provider = services.BuildServiceProvider();
        InjectedFault hang = Emulator.InjectFault("GET", Projects, EmulatorFault.Hang());
        try
        {
            await provider.GetRequiredService<IProjectApi>().ListProjectsAsync();
        }
        finally
        {
            hang.Withdraw(); // in case the call gave up before its request reached the emulator
        }
    }

    private const string Projects = "/dev/v1/projects";
    private const string UserEvents = "/dev/v2/project/{appid}/rtm/vendor/user_events";

    private Task FaultAsync(string route, EmulatorFault fault, Func<Task> call)
    {
        Emulator.InjectFault("GET", route, fault);
        return call();
    }

    private static async Task CancelledAsync(Func<CancellationToken, Task> call)
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();
        await call(cancellation.Token);
    }

    /// <summary>Formats every log entry, with its scopes, at every level.</summary>
    private sealed class CapturingLoggerProvider : ILoggerProvider, ISupportExternalScope
    {
        private readonly ConcurrentQueue<string> _lines = new();
        private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

        public IReadOnlyCollection<string> Lines => _lines;

        public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

        public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

        public void Dispose()
        {
        }

        private sealed class Logger(CapturingLoggerProvider owner, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => owner._scopes.Push(state);

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                var line = new StringBuilder($"{logLevel} {category}: {formatter(state, exception)} {exception}");
                owner._scopes.ForEachScope((scope, builder) => builder.Append(" => ").Append(scope), line);
                owner._lines.Enqueue(line.ToString());
            }
        }
    }
}
