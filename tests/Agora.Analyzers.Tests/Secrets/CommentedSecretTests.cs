using System.Threading.Tasks;
using Verify = Agora.Analyzers.Tests.AnalyzerVerifier<Agora.Analyzers.Security.HardCodedSecretAnalyzer>;

namespace Agora.Analyzers.Tests.Secrets;

/// <summary>A comment right above a neutral name that says what it holds stands in for a secret name.</summary>
public sealed class CommentedSecretTests
{
    private readonly string _secret = RandomSecrets.Hex32();

    [Fact]
    public Task A_comment_naming_the_secret_marks_the_constant_below_it() => Verify.VerifyAsync($$"""
        public static class Keys
        {
            // Agora Customer Secret (Console > RESTful API)
            public const string S = {|AGR0001:"{{_secret}}"|};

            // 声网 App 证书
            private static readonly string K2 = {|AGR0001:"{{RandomSecrets.Hex32()}}"|};

            public static int Sizes() => S.Length + K2.Length;
        }
        """);

    [Fact]
    public Task Comments_that_name_the_App_ID_are_far_away_or_sit_on_placeholders_mark_nothing() => Verify.VerifyAsync($$"""
        public static class Keys
        {
            // Agora App ID and App Certificate, from the console
            public const string Id = "{{RandomSecrets.Hex32()}}";

            // the customer secret is read from configuration

            public const string Unrelated = "{{_secret}}";

            // Agora Customer Secret
            public const string Key = "Agora:CustomerSecret";
        }
        """);

    [Fact]
    public Task A_comment_after_the_value_on_its_line_names_it() => Verify.VerifyAsync($$"""
        public static class Keys
        {
            public const string P = {|AGR0001:"{{_secret}}"|}; // Agora customer secret
            public const string Q = "{{RandomSecrets.Hex32()}}"; // Agora App ID

            public static int Sizes() => P.Length + Q.Length;
        }
        """);

    [Fact]
    public Task A_region_title_names_the_values_inside_in_order() => Verify.VerifyAsync($$"""
        public sealed class Service
        {
            #region Agora RESTful API credentials (customer key / customer secret)
            private const string U = "{{RandomSecrets.Hex32()}}";
            private const string P = {|AGR0001:"{{_secret}}"|};
            #endregion

            #region App ID, App Certificate
            private static readonly string A = "{{RandomSecrets.Hex32()}}", C = {|AGR0001:"{{RandomSecrets.Hex32()}}"|};
            #endregion

            public int Sizes() => U.Length + P.Length + A.Length + C.Length;
        }
        """);

    [Fact]
    public Task A_region_title_that_does_not_match_its_values_one_to_one_names_nothing() => Verify.VerifyAsync($$"""
        public sealed class Service
        {
            #region Agora customer secret
            private const string U = "{{RandomSecrets.Hex32()}}";
            private const string P = "{{_secret}}";
            #endregion

            #region Credentials
            #region Customer ID and customer secret
            private const string V = "{{RandomSecrets.Hex32()}}";
            #endregion
            private const string W = "{{RandomSecrets.Hex32()}}";
            #endregion

            public int Sizes() => U.Length + P.Length + V.Length + W.Length;
        }
        """);

    [Fact]
    public Task A_documentation_comment_names_the_member_below_it() => Verify.VerifyAsync($$"""
        public static class Keys
        {
            /// <summary>The Agora App Certificate of the production project.</summary>
            public const string Signing = {|AGR0001:"{{_secret}}"|};

            /// <summary>The Agora App ID (public).</summary>
            public const string Project = "{{RandomSecrets.Hex32()}}";

            public static int Sizes() => Signing.Length + Project.Length;
        }
        """);
}
