using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Agora.Samples.ConsoleApp;

/// <summary>
/// A small stand-in for Agora's REST service on 127.0.0.1, answering the sample's endpoints with Agora's
/// shapes and status codes (401 for wrong credentials, 404 for unknown routes), so the sample runs without an
/// account.
/// </summary>
public sealed class LocalAgoraStandIn : IAsyncDisposable
{
    public const string DemoAppId = "970CA35de60c44645bbae8a215061b33";

    private readonly WebApplication _app;
    private readonly string _expectedAuthorization;
    private readonly ConcurrentDictionary<long, KickingRule> _rules = new();
    private long _nextRuleId = 1000;

    private LocalAgoraStandIn(WebApplication app, string customerId, string customerSecret)
    {
        _app = app;
        CustomerId = customerId;
        CustomerSecret = customerSecret;
        _expectedAuthorization = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(customerId + ":" + customerSecret));
    }

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The customer id this stand-in accepts, made at random for this run.</summary>
    public string CustomerId { get; }

    /// <summary>The customer secret this stand-in accepts, made at random for this run.</summary>
    public string CustomerSecret { get; }

    public static async Task<LocalAgoraStandIn> StartAsync()
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        WebApplication app = builder.Build();
        var standIn = new LocalAgoraStandIn(app, RandomHex(), RandomHex());
        app.Run(standIn.HandleAsync);
        await app.StartAsync();
        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        standIn.BaseAddress = new Uri(address);
        return standIn;
    }

    private async Task HandleAsync(HttpContext context)
    {
        if (context.Request.Headers.Authorization != _expectedAuthorization)
        {
            await WriteAsync(context, StatusCodes.Status401Unauthorized, new { message = "Invalid authentication credentials" });
            return;
        }

        string path = context.Request.Path.Value ?? string.Empty;
        string method = context.Request.Method;
        switch (method, path)
        {
            case ("GET", "/dev/v1/projects"):
                await WriteAsync(context, 200, new
                {
                    projects = new[]
                    {
                        new { id = "demo-project", name = "Demo project", vendor_key = DemoAppId, sign_key = "5CFd2fd1755d40ecb72977518be15d3b", recording_server = "", status = 1, created = 1700000000 },
                    },
                });
                return;
            case ("GET", _) when path.StartsWith("/dev/v1/channel/", StringComparison.Ordinal):
                await WriteAsync(context, 200, new
                {
                    success = true,
                    data = new
                    {
                        channels = new[] { new { channel_name = "lobby", user_count = 3 }, new { channel_name = "stage", user_count = 12 } },
                        total_size = 2,
                    },
                });
                return;
            case ("POST", "/dev/v1/kicking-rule"):
            {
                NewKickingRule? rule = await context.Request.ReadFromJsonAsync(SampleJsonContext.Default.NewKickingRule, context.RequestAborted);
                if (rule is null || rule.AppId.Length == 0)
                {
                    await WriteAsync(context, 400, new { message = "invalid appid" });
                    return;
                }

                long id = Interlocked.Increment(ref _nextRuleId);
                _rules[id] = new KickingRule(id, rule.AppId, rule.Cname, rule.Uid, rule.Privileges);
                await WriteAsync(context, 200, new { status = "success", id });
                return;
            }

            case ("GET", "/dev/v1/kicking-rule"):
                await WriteAsync(context, 200, new { status = "success", rules = _rules.Values.OrderBy(r => r.Id).ToArray() });
                return;
            case ("DELETE", "/dev/v1/kicking-rule"):
            {
                KickingRuleReference? reference = await context.Request.ReadFromJsonAsync(SampleJsonContext.Default.KickingRuleReference, context.RequestAborted);
                if (reference is null || !_rules.TryRemove(reference.Id, out _))
                {
                    await WriteAsync(context, 404, new { message = "rule not found" });
                    return;
                }

                await WriteAsync(context, 200, new { status = "success", id = reference.Id });
                return;
            }

            default:
                await WriteAsync(context, 404, new { message = "no Route matched with those values" });
                return;
        }
    }

    private static Task WriteAsync<T>(HttpContext context, int status, T body)
    {
        context.Response.StatusCode = status;
        context.Response.Headers["X-Request-ID"] = Guid.NewGuid().ToString("N");
        context.Response.ContentType = new MediaTypeHeaderValue("application/json").ToString();
        return JsonSerializer.SerializeAsync(context.Response.Body, body, cancellationToken: context.RequestAborted);
    }

    private static string RandomHex() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
    }
}
