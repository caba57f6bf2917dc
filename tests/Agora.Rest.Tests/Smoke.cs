namespace Agora.Rest.Tests;
public class Smoke { [Xunit.Fact] public void Builds() => Xunit.Assert.NotNull(typeof(Apis.ChannelApiClient)); }
