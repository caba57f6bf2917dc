using System.Threading.Tasks;
using Verify = Agora.Analyzers.Tests.AnalyzerVerifier<Agora.Analyzers.Security.SecretOutputAnalyzer>;

namespace Agora.Analyzers.Tests.Secrets;

/// <summary>AGR0006: secrets written to logs, the console, Debug/Trace or exception messages.</summary>
public sealed class SecretOutputAnalyzerTests
{
    private const string Usings = """
        using System;
        using System.Diagnostics;
        using Agora.Rest;
        using Agora.Rest.Tokens;
        using Microsoft.Extensions.Logging;

        """;

    [Fact]
    public Task Secrets_reaching_text_outputs_are_reported() => Verify.VerifyAsync(Usings + """
        class Startup
        {
            private readonly string _customerSecret = Environment.GetEnvironmentVariable("AGORA_CUSTOMER_SECRET") ?? "";

            void Run(ILogger logger, AgoraAppOptions options, string appCertificate)
            {
                logger.LogInformation("Using certificate {Certificate}", {|AGR0006:options.AppCertificate|});
                logger.LogDebug($"secret={{|AGR0006:_customerSecret|}}");
                Console.WriteLine("cert: " + {|AGR0006:appCertificate|});
                Console.Error.WriteLine({|AGR0006:appCertificate|});
                Debug.WriteLine(string.Format("{0}", {|AGR0006:_customerSecret|}));
                Trace.TraceInformation({|AGR0006:appCertificate|} ?? "none");
                var copy = options.AppCertificate;
                Console.WriteLine({|AGR0006:copy|});
                throw new InvalidOperationException($"Bad certificate {{|AGR0006:appCertificate|}}");
            }
        }
        """);

    [Fact]
    public Task Saying_whether_a_secret_is_set_is_fine() => Verify.VerifyAsync(Usings + """
        class Startup
        {
            void Run(ILogger logger, AgoraAppOptions options, string appCertificate, string appId)
            {
                logger.LogInformation("Certificate set: {IsSet}", !string.IsNullOrEmpty(options.AppCertificate));
                logger.LogInformation("Certificate length {Length}", appCertificate.Length);
                logger.LogInformation("App {AppId}", appId);
                Console.WriteLine(Mask(appCertificate));
                Console.WriteLine(options);
                var credentials = AgoraCredentials.Basic("id", appCertificate);
                Console.WriteLine(credentials);
                if (appCertificate.Length != 32) throw new ArgumentException("The App Certificate must be 32 hex digits.", nameof(appCertificate));
            }

            static string Mask(string value) => value.Length > 4 ? value.Substring(0, 4) + "…" : "…";
        }
        """);
}
