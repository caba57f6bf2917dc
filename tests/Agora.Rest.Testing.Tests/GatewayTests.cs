using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Xunit;

namespace Agora.Rest.Testing.Tests;

/// <summary>A generated client against the emulator over real HTTP: Agora's answers for good and bad requests.</summary>
public sealed class GatewayTests
{
    [Fact]
    public async Task Basic_credentials_of_the_account_list_its_projects()
    {
        AgoraEmulatorOptions account = EmulatorAccount.Create("Alpha", "Beta");
        await using AgoraEmulator emulator = await AgoraEmulator.StartAsync(account);
        using var http = new HttpClient { BaseAddress = emulator.BaseAddress };
        var api = new ProjectApiClient(http, AgoraCredentials.Basic(account.CustomerId, account.CustomerSecret));

        ProjectList list = await api.ListProjectsAsync();

        Assert.Equal(new[] { "Alpha", "Beta" }, list.Projects.Select(p => p.Name));
        Assert.Equal(account.Apps.Select(a => a.AppId), list.Projects.Select(p => p.VendorKey));
        Assert.Equal(account.Apps.Select(a => a.Certificate), list.Projects.Select(p => p.SignKey));
        ReceivedRequest received = Assert.Single(emulator.ReceivedRequests);
        Assert.Equal(new ReceivedRequest("GET", "/dev/v1/projects", string.Empty, "Basic", true, 200), received);
    }

    [Fact]
    public async Task A_project_is_found_by_its_internal_id_or_its_name()
    {
        AgoraEmulatorOptions account = EmulatorAccount.Create("Alpha", "Beta");
        await using AgoraEmulator emulator = await AgoraEmulator.StartAsync(account);
        using var http = new HttpClient { BaseAddress = emulator.BaseAddress };
        var api = new ProjectApiClient(http, AgoraCredentials.Basic(account.CustomerId, account.CustomerSecret));
        string betaId = (await api.ListProjectsAsync()).Projects[1].Id;

        ProjectList byId = await api.FindProjectsAsync(id: betaId);
        ProjectList byName = await api.FindProjectsAsync(name: "Alpha");
        ProjectList neither = await api.FindProjectsAsync(id: betaId, name: "Alpha");
        AgoraApiException nothingGiven = await Assert.ThrowsAsync<AgoraApiException>(() => api.FindProjectsAsync());

        Assert.Equal(account.Apps[1].AppId, Assert.Single(byId.Projects).VendorKey);
        Assert.Equal(account.Apps[0].AppId, Assert.Single(byName.Projects).VendorKey);
        Assert.Empty(neither.Projects);
        Assert.Equal(HttpStatusCode.BadRequest, nothingGiven.StatusCode);
    }

    [Fact]
    public async Task A_wrong_secret_is_answered_401_with_the_gateway_text_and_kept_out_of_every_record()
    {
        AgoraEmulatorOptions account = EmulatorAccount.Create("Alpha");
        string wrongSecret = EmulatorAccount.RandomHex();
        await using AgoraEmulator emulator = await AgoraEmulator.StartAsync(account);
        using var http = new HttpClient { BaseAddress = emulator.BaseAddress };
        var api = new ProjectApiClient(http, AgoraCredentials.Basic(account.CustomerId, wrongSecret));

        AgoraApiException error = await Assert.ThrowsAsync<AgoraApiException>(() => api.ListProjectsAsync());

        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
        Assert.Equal("Invalid authentication credentials", error.ErrorMessage);
        Assert.False(string.IsNullOrEmpty(error.RequestId));
        ReceivedRequest received = Assert.Single(emulator.ReceivedRequests);
        Assert.False(received.Authenticated);
        Assert.Equal(401, received.Status);
        foreach (string text in new[] { error.ToString(), received.ToString(), account.Apps[0].ToString() })
        {
            Assert.DoesNotContain(wrongSecret, text, StringComparison.Ordinal);
            Assert.DoesNotContain(account.CustomerSecret, text, StringComparison.Ordinal);
            Assert.DoesNotContain(account.Apps[0].Certificate, text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task An_unknown_route_is_answered_404_whatever_the_credentials(bool rightCredentials)
    {
        AgoraEmulatorOptions account = EmulatorAccount.Create("Alpha");
        await using AgoraEmulator emulator = await AgoraEmulator.StartAsync(account);
        using var http = new HttpClient { BaseAddress = emulator.BaseAddress };
        string secret = rightCredentials ? account.CustomerSecret : EmulatorAccount.RandomHex();
        var api = new ProjectApiClient(http, AgoraCredentials.Basic(account.CustomerId, secret));

        AgoraApiException error = await Assert.ThrowsAsync<AgoraApiException>(() => api.MissingAsync());

        Assert.Equal(HttpStatusCode.NotFound, error.StatusCode);
        Assert.Equal("no Route matched with those values", error.ErrorMessage);
        Assert.Equal(rightCredentials, Assert.Single(emulator.ReceivedRequests).Authenticated);
    }

    [Fact]
    public async Task A_request_without_credentials_is_refused_and_logged_as_such()
    {
        await using AgoraEmulator emulator = await AgoraEmulator.StartAsync(EmulatorAccount.Create("Alpha"));
        using var http = new HttpClient { BaseAddress = emulator.BaseAddress };

        using HttpResponseMessage response = await http.GetAsync("dev/v1/projects");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("""{"message":"Invalid authentication credentials"}""", await response.Content.ReadAsStringAsync());
        Assert.Equal("none", Assert.Single(emulator.ReceivedRequests).Authentication);
    }

    [Theory]
    [InlineData("", "secret")]
    [InlineData("id", "")]
    [InlineData(" ", "secret")]
    public async Task Missing_customer_credentials_are_named_and_never_echoed(string customerId, string customerSecret)
    {
        // Only the placeholders above are literals; a real value is never needed for this check.
        var options = new AgoraEmulatorOptions { CustomerId = customerId, CustomerSecret = customerSecret.Length == 0 ? string.Empty : EmulatorAccount.RandomHex() };

        ArgumentException error = await Assert.ThrowsAsync<ArgumentException>(() => AgoraEmulator.StartAsync(options));

        Assert.Contains(customerId.Trim().Length == 0 ? "CustomerId" : "CustomerSecret", error.Message, StringComparison.Ordinal);
        if (options.CustomerSecret.Length > 0)
        {
            Assert.DoesNotContain(options.CustomerSecret, error.Message, StringComparison.Ordinal);
        }
    }
}
